export { default, loader, meta } from "~/features/users/users-list-page";
