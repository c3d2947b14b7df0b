import type { LoaderFunctionArgs } from "@remix-run/node";
import { startInvalidProviderLoader } from "~/features/claims/school-claims/invalid-provider-wizard.server";

export const loader = (args: LoaderFunctionArgs) => startInvalidProviderLoader(args);
export { default } from "~/components/layout/RedirectOnly";
