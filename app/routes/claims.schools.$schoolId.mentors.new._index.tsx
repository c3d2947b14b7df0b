export { loader } from "~/features/claims/mentors/add-mentor-start";
