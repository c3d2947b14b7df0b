export { loader } from "~/features/claims/mentors/add-mentor-start";
export { default } from "~/components/layout/RedirectOnly";
