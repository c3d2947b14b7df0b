export { ErrorBoundary, headers } from "~/features/auth/auth-route";
export { dfeStartAction as action, dfeStartLoader as loader } from "~/features/auth/dfe-sign-in.server";
export { RedirectOnly as default, signInMeta as meta } from "~/features/auth/dfe-sign-in-routes";
