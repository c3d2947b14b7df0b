export { onboardStartLoader as loader } from "~/features/organisations/onboard.server";
