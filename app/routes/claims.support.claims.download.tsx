export { supportClaimsDownloadLoader as loader } from "~/features/claims/support-claims/support-claims.server";
