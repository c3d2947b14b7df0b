export { default, loader, meta } from "~/features/support/settings-page";
