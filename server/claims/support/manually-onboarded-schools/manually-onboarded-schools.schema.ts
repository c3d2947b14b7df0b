import { z } from "zod";
import { MAX_PAGES } from "../../../shared/organisation/organisation-search.service.ts";

/** A page of the list; a malformed or out-of-range page number is page 1 or the last listed page. */
export const ManuallyOnboardedSchoolsInput = z.object({
  page: z.coerce.number().int().min(1).max(MAX_PAGES).catch(1).default(1),
});
