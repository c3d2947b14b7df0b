import { claimWindowWizardStartLoader } from "./claim-windows.server";

/** GET …/new or …/:id/edit: a fresh wizard, then its first step. */
export const loader = claimWindowWizardStartLoader;
