/** Paths of the claims support console, shared by pages and their loaders/actions. */
export const SUPPORT_CLAIMS_PATH = "/claims/support/claims";
