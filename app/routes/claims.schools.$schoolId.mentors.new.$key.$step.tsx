export { action, default, loader, meta } from "~/features/school-mentors/add-mentor-page";
