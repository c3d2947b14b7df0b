import { procedures, router } from "../../trpc/init.ts";
import { SelectAcademicYearSchema } from "./academic-year.schema.ts";
import { selectAcademicYear } from "./academic-year.service.ts";
import { requestSelectedYear } from "./request-selected-year.ts";

/** placements.academicYear.*: the header's "Academic year … (Change)", for school, provider and support users. */
export const placementsAcademicYearRouter = router({
  selected: procedures.placementsUser.query(({ ctx }) => requestSelectedYear(ctx)),
  select: procedures.placementsUser
    .input(SelectAcademicYearSchema)
    .mutation(({ ctx, input }) => selectAcademicYear(ctx.db, ctx.user.id, input.academicYear)),
});
