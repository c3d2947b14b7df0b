export { ErrorBoundary, headers } from "~/features/auth/auth-route";
export { action, default, loader, meta } from "~/features/auth/personas-page";
