export { action, default, loader, meta } from "~/features/organisations/onboard-page";
