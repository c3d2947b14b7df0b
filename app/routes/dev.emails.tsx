export { default, loader, meta } from "~/features/dev/emails-page";
