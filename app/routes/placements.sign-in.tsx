export { default, loader, meta } from "~/features/auth/sign-in-page";
