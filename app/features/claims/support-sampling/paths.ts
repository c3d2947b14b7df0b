import { SUPPORT_CLAIMS_PATH } from "../support-claims/paths";

export const SAMPLING_PATH = `${SUPPORT_CLAIMS_PATH}/sampling`;
