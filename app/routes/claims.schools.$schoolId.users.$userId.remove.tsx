export { action, default, loader, meta } from "~/features/users/remove-user-page";
