export { userExportDownloadLoader as loader } from "~/features/claims/support-user-export/user-export.server";
