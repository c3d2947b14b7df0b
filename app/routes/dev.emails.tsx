export { action, default, loader, meta } from "~/features/dev/emails-page";
