export { action, default, loader, meta } from "~/features/school-mentors/remove-mentor-page";
