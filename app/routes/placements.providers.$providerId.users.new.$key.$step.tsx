export { action, default, loader, meta } from "~/features/users/add-user-page";
