export { default, loader, meta } from "~/features/claims/support-clawbacks/clawbacks-page";
