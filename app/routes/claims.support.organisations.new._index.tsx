export { manualStartLoader as loader } from "~/features/organisations/manual-organisation.server";
