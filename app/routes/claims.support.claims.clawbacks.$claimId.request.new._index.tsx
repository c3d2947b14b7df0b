import { requestStartLoader } from "~/features/claims/support-clawbacks/clawbacks.server";

export const loader = requestStartLoader;
