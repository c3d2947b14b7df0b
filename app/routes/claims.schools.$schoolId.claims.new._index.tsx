import type { LoaderFunctionArgs } from "@remix-run/node";
import { startAddClaimLoader } from "~/features/claims/school-claims/claim-wizard.server";

export const loader = (args: LoaderFunctionArgs) => startAddClaimLoader(args);
export { default } from "~/components/layout/RedirectOnly";
