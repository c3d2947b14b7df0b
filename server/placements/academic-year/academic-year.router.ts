import { procedures, router } from "../../trpc/init.ts";
import { SelectAcademicYearSchema } from "./academic-year.schema.ts";
import { selectAcademicYear, selectedAcademicYear } from "./academic-year.service.ts";

/** placements.academicYear.*: the header's "Academic year … (Change)", for school, provider and support users. */
export const placementsAcademicYearRouter = router({
  selected: procedures.placementsUser.query(({ ctx }) => selectedAcademicYear(ctx.db, ctx.user.id)),
  select: procedures.placementsUser
    .input(SelectAcademicYearSchema)
    .mutation(({ ctx, input }) => selectAcademicYear(ctx.db, ctx.user.id, input.academicYear)),
});
