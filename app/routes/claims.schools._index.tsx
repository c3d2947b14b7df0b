export { default, loader, meta } from "~/features/auth/organisations-page";
