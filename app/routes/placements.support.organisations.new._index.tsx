export { onboardStartLoader as loader } from "~/features/support/add-organisation/onboard-organisation.server";
export { default } from "~/components/layout/RedirectOnly";
