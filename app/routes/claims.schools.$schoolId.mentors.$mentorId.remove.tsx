export { action, default, loader, meta } from "~/features/claims/mentors/remove-mentor-page";
