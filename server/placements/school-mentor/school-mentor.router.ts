import { procedures, router } from "../../trpc/init.ts";
import { MentorIdInput, MentorLookupInput } from "../../shared/mentor/mentor.schema.ts";
import {
  addSchoolMentor,
  getSchoolMentor,
  listSchoolMentors,
  lookupSchoolMentor,
} from "../../shared/mentor/school-mentor.service.ts";
import { placementsMentorRemoval, removePlacementsMentor } from "./school-mentor.service.ts";

/** placements.schoolMentor.*: the school's placements mentors (membership or support checked by the guard). */
export const placementsSchoolMentorRouter = router({
  list: procedures.placementsSchool.query(({ ctx }) => listSchoolMentors(ctx.db, "placements", ctx.schoolId)),
  byId: procedures.placementsSchool
    .input(MentorIdInput)
    .query(({ ctx, input }) => getSchoolMentor(ctx.db, "placements", ctx.schoolId, input.mentorId)),
  lookup: procedures.placementsSchool
    .input(MentorLookupInput)
    .mutation(({ ctx, input }) =>
      lookupSchoolMentor(ctx.db, ctx.clients.teachingRecord, "placements", ctx.schoolId, input),
    ),
  add: procedures.placementsSchool
    .input(MentorLookupInput)
    .mutation(({ ctx, input }) =>
      addSchoolMentor(ctx.db, ctx.clients.teachingRecord, ctx.user, "placements", ctx.schoolId, input, ctx.requestId),
    ),
  removal: procedures.placementsSchool
    .input(MentorIdInput)
    .query(({ ctx, input }) => placementsMentorRemoval(ctx.db, ctx.schoolId, input.mentorId)),
  remove: procedures.placementsSchool
    .input(MentorIdInput)
    .mutation(({ ctx, input }) =>
      removePlacementsMentor(ctx.db, ctx.user, ctx.schoolId, input.mentorId, ctx.requestId),
    ),
});
