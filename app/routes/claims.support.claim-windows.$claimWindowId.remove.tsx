export { action, default, loader, meta } from "~/features/claims/claim-windows/remove-claim-window-page";
