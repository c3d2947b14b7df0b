export { default, loader, meta } from "~/features/claims/support-clawbacks/approve-clawback-start-page";
