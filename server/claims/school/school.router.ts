import { procedures, router } from "../../trpc/init.ts";
import { claimsSchoolFor } from "./school.service.ts";

export const claimsSchoolRouter = router({
  // The guard has read it (and found it) in this request.
  byId: procedures.claimsSchool.query(async ({ ctx }) => (await claimsSchoolFor(ctx, ctx.schoolId))!),
});
