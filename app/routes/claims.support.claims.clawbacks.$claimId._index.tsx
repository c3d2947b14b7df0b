export { default, loader, meta } from "~/features/claims/support-clawbacks/clawback-claim-page";
