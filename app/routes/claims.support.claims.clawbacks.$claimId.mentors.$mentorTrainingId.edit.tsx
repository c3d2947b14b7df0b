export { action, default, loader, meta } from "~/features/claims/support-clawbacks/edit-mentor-clawback-page";
