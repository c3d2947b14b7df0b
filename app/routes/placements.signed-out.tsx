export { ErrorBoundary, headers } from "~/features/auth/auth-route";
export { signedOutLoader as loader } from "~/features/auth/dfe-sign-in.server";
export { SignedOutPage as default, signedOutMeta as meta } from "~/features/auth/dfe-sign-in-routes";
