import { procedures, router } from "../../trpc/init.ts";
import { perRequest } from "../../trpc/request-cache.ts";
import { getClaimsSchool } from "./school.service.ts";

export const claimsSchoolRouter = router({
  // The school layout and the page both read it in one request.
  byId: procedures.claimsSchool.query(({ ctx }) =>
    perRequest(ctx, `claims:school:${ctx.schoolId}`, () => getClaimsSchool(ctx.db, ctx.schoolId)),
  ),
});
