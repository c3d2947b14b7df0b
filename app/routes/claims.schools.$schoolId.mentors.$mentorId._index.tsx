export { default, loader, meta } from "~/features/school-mentors/mentor-page";
