export { default, loader, meta } from "~/features/users/user-page";
