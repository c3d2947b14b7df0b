export { default, loader, meta } from "~/features/support/emails/emails-page";
