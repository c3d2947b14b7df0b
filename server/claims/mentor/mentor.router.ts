import { procedures, router } from "../../trpc/init.ts";
import { MentorIdInput, MentorLookupInput } from "./mentor.schema.ts";
import { addMentor, getMentor, listMentors, lookupMentor, mentorRemoval, removeMentor } from "./mentor.service.ts";

/** claims.mentor.*: a school's mentors (membership checked by the claimsSchool guard). */
export const claimsMentorRouter = router({
  list: procedures.claimsSchool.query(({ ctx }) => listMentors(ctx.db, ctx.schoolId)),
  byId: procedures.claimsSchool
    .input(MentorIdInput)
    .query(({ ctx, input }) => getMentor(ctx.db, ctx.schoolId, input.mentorId)),
  lookup: procedures.claimsSchool
    .input(MentorLookupInput)
    .mutation(({ ctx, input }) => lookupMentor(ctx.db, ctx.clients.teachingRecord, ctx.schoolId, input)),
  add: procedures.claimsSchool
    .input(MentorLookupInput)
    .mutation(({ ctx, input }) =>
      addMentor(ctx.db, ctx.clients.teachingRecord, ctx.user, ctx.schoolId, input, ctx.requestId),
    ),
  removal: procedures.claimsSchool
    .input(MentorIdInput)
    .query(({ ctx, input }) => mentorRemoval(ctx.db, ctx.schoolId, input.mentorId)),
  remove: procedures.claimsSchool
    .input(MentorIdInput)
    .mutation(({ ctx, input }) => removeMentor(ctx.db, ctx.user, ctx.schoolId, input.mentorId, ctx.requestId)),
});
