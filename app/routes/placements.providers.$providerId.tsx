export { default } from "~/features/placements-provider/provider-layout";
export { providerLayoutLoader as loader } from "~/features/placements-provider/provider-layout.server";
