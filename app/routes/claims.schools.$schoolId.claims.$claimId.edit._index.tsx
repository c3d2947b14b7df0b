import type { LoaderFunctionArgs } from "@remix-run/node";
import { startEditClaimLoader } from "~/features/claims/school-claims/claim-wizard.server";

export const loader = (args: LoaderFunctionArgs) => startEditClaimLoader(args);
