import { SUPPORT_CLAIMS_PATH } from "../support-claims/paths";

export const PAYMENTS_PATH = `${SUPPORT_CLAIMS_PATH}/payments`;
export const ACTIVITY_PATH = `${SUPPORT_CLAIMS_PATH}/activity`;
