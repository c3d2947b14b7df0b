export { default, loader, meta } from "~/features/claims/claim-windows/claim-windows-page";
