export { loader } from "~/features/claims/claim-windows/claim-window-wizard-start";
export { default } from "~/components/layout/RedirectOnly";
