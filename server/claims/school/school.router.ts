import { procedures, router } from "../../trpc/init.ts";
import { getClaimsSchool } from "./school.service.ts";

export const claimsSchoolRouter = router({
  byId: procedures.claimsSchool.query(({ ctx }) => getClaimsSchool(ctx.db, ctx.schoolId)),
});
