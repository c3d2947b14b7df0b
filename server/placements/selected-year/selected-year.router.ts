import { procedures, router } from "../../trpc/init.ts";
import { SelectAcademicYearSchema } from "./selected-year.schema.ts";
import { academicYearChoices, selectAcademicYear, selectedAcademicYear } from "./selected-year.service.ts";

/** placements.selectedYear.*: the academic year a placements user works in (header "Change"). */
export const placementsSelectedYearRouter = router({
  get: procedures.placementsUser.query(async ({ ctx }) => ({
    selected: await selectedAcademicYear(ctx.db, ctx.user.id),
    choices: await academicYearChoices(ctx.db),
  })),
  set: procedures.placementsUser
    .input(SelectAcademicYearSchema)
    .mutation(({ ctx, input }) => selectAcademicYear(ctx.db, ctx.user.id, input.year)),
});
