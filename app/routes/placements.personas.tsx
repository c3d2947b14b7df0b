export { action, default, loader, meta } from "~/features/auth/personas-page";
