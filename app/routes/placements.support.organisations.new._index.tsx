export { onboardStartLoader as loader } from "~/features/organisations/onboard.server";
export { default } from "~/components/layout/RedirectOnly";
