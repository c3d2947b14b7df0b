export { action, loader } from "~/features/auth/sign-out-route";
