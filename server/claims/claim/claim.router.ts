import { procedures, router } from "../../trpc/init.ts";
import {
  AssignProviderInput,
  ClaimableMentorsInput,
  ClaimIdInput,
  CreateClaimInput,
  ListClaimsInput,
  NewProviderInput,
  QuoteClaimInput,
  RemoveClaimInput,
  SearchProvidersInput,
  SubmitClaimInput,
  UpdateClaimInput,
} from "./claim.schema.ts";
import {
  claimableMentors,
  claimForEditing,
  getClaimProvider,
  getSchoolClaim,
  listSchoolClaims,
  newClaimContext,
  quoteClaim,
  searchClaimProviders,
} from "./claim.service.ts";
import { createClaim } from "./create-claim.ts";
import { removeClaim } from "./remove-claim.ts";
import { submitClaim } from "./submit-claim.ts";
import { updateClaim } from "./update-claim.ts";
import { assignProvider, checkNewProvider } from "./invalid-provider.ts";
import { z } from "zod";
import { submitRateLimited } from "../../trpc/rate-limited.ts";
import { claimsSchoolFor } from "../school/school.service.ts";

/** Writes that create, change or submit a claim: a per-user budget against automated submission. */
const claimWrite = procedures.claimsSchool.use(submitRateLimited);

/** `claims.claim.*`: a school's claims (school users of that school, or support working inside it). */
export const claimsClaimRouter = router({
  list: procedures.claimsSchool
    .input(ListClaimsInput)
    .query(async ({ ctx, input }) =>
      listSchoolClaims(ctx.db, (await claimsSchoolFor(ctx, ctx.schoolId))!, { academicYearId: input.academicYearId }),
    ),
  byId: procedures.claimsSchool
    .input(ClaimIdInput)
    .query(({ ctx, input }) => getSchoolClaim(ctx.db, ctx.user, ctx.schoolId, input.claimId)),
  forEditing: procedures.claimsSchool
    .input(ClaimIdInput)
    .query(({ ctx, input }) => claimForEditing(ctx.db, ctx.user, ctx.schoolId, input.claimId)),
  newClaimContext: procedures.claimsSchool.query(({ ctx }) => newClaimContext(ctx.db, ctx.schoolId)),
  /** Check your answers: total hours, rate and amount of the hours in the wizard. */
  quote: procedures.claimsSchool
    .input(QuoteClaimInput)
    .query(({ ctx, input }) => quoteClaim(ctx.db, ctx.schoolId, input.hours)),
  searchProviders: procedures.claimsSchool
    .input(SearchProvidersInput)
    .query(({ ctx, input }) => searchClaimProviders(ctx.db, input.query)),
  provider: procedures.claimsSchool
    .input(z.object({ providerId: z.string().uuid() }))
    .query(({ ctx, input }) => getClaimProvider(ctx.db, input.providerId)),
  claimableMentors: procedures.claimsSchool
    .input(ClaimableMentorsInput)
    .query(({ ctx, input }) =>
      claimableMentors(ctx.db, { schoolId: ctx.schoolId, providerId: input.providerId, claimId: input.claimId }),
    ),
  create: claimWrite
    .input(CreateClaimInput)
    .mutation(({ ctx, input }) =>
      createClaim(ctx.db, ctx.user, { ...input, schoolId: ctx.schoolId }, { requestId: ctx.requestId }),
    ),
  update: claimWrite
    .input(UpdateClaimInput)
    .mutation(({ ctx, input }) =>
      updateClaim(ctx.db, ctx.user, { ...input, schoolId: ctx.schoolId }, { requestId: ctx.requestId }),
    ),
  submit: claimWrite
    .input(SubmitClaimInput)
    .mutation(({ ctx, input }) =>
      submitClaim(ctx.db, ctx.user, { ...input, schoolId: ctx.schoolId }, { requestId: ctx.requestId }),
    ),
  remove: procedures.claimsSchool
    .input(RemoveClaimInput)
    .mutation(({ ctx, input }) =>
      removeClaim(ctx.db, ctx.user, { ...input, schoolId: ctx.schoolId }, { requestId: ctx.requestId }),
    ),
  /** Invalid provider wizard: can the claim's mentors move to this provider? Then move them and submit. */
  checkNewProvider: procedures.claimsSchool
    .input(NewProviderInput)
    .query(({ ctx, input }) => checkNewProvider(ctx.db, ctx.user, { ...input, schoolId: ctx.schoolId })),
  assignProvider: claimWrite
    .input(AssignProviderInput)
    .mutation(({ ctx, input }) =>
      assignProvider(ctx.db, ctx.user, { ...input, schoolId: ctx.schoolId }, { requestId: ctx.requestId }),
    ),
});
