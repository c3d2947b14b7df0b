export { default, loader, meta } from "~/features/support/organisations-page";
