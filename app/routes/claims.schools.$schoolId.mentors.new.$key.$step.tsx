export { action, default, loader, meta } from "~/features/claims/mentors/add-mentor-page";
