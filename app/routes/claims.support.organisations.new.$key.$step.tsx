export { action, default, loader, meta } from "~/features/support/add-organisation/manual-organisation-page";
