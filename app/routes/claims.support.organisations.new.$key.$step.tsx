export { action, default, loader, meta } from "~/features/organisations/manual-organisation-page";
