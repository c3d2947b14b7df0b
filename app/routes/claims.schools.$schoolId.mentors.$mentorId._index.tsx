export { default, loader, meta } from "~/features/claims/mentors/mentor-page";
