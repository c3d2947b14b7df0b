export { default, loader, meta } from "~/features/claims/support-sampling/sampling-page";
