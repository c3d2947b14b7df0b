export { action, default, loader, meta } from "~/features/support/add-organisation/onboard-organisation-page";
