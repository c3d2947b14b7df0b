import { procedures, router } from "../../trpc/init.ts";
import { SchoolContactSchema } from "./school-contact.schema.ts";
import { getSchoolContact, saveSchoolContact } from "./school-contact.service.ts";

/** placements.schoolContact.*: the school's ITT placement contact (add / change). */
export const placementsSchoolContactRouter = router({
  get: procedures.placementsSchool.query(({ ctx }) => getSchoolContact(ctx.db, ctx.schoolId)),
  save: procedures.placementsSchool
    .input(SchoolContactSchema)
    .mutation(({ ctx, input }) => saveSchoolContact(ctx.db, ctx.user, ctx.schoolId, input)),
});
