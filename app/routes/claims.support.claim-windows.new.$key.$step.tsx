export { action, default, loader, meta } from "~/features/claims/claim-windows/claim-window-wizard-page";
