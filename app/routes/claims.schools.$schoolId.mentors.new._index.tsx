export { loader } from "~/features/school-mentors/add-mentor-start";
export { default } from "~/components/layout/RedirectOnly";
