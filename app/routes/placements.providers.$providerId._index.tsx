export { default } from "~/components/layout/RedirectOnly";
export { providerHomeLoader as loader } from "~/features/placements-provider/provider-layout.server";
