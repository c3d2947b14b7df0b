import { SUPPORT_CLAIMS_PATH } from "../support-claims/paths";

export const CLAWBACKS_PATH = `${SUPPORT_CLAIMS_PATH}/clawbacks`;
/** The request-clawback step shown when no mentor has hours to claw back. */
export const NO_CLAWBACK_STEP = "no-clawback-required";
