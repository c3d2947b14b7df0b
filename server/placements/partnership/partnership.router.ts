import { procedures, router } from "../../trpc/init.ts";
import { requestSelectedYear } from "../academic-year/request-selected-year.ts";
import { PlacementIdInput } from "../school-placement/school-placement.schema.ts";
import { PartnerIdInput, PartnerQueryInput } from "./partnership.schema.ts";
import {
  addPartnership,
  getPartner,
  listPartners,
  partnerCandidate,
  partnerCandidates,
  partnerSchoolPlacement,
  partnerSchoolPlacements,
  removePartnership,
  type Side,
} from "./partnership.service.ts";

/**
 * placements.schoolPartnership.* ("Providers you work with") and placements.providerPartnership.* ("Schools you work
 * with"): the same verbs on either side. The guard gives the organisation; `partnerId` is the other side.
 */
const school = (ctx: { schoolId: string }): Side => ({ kind: "school", orgId: ctx.schoolId });
const provider = (ctx: { providerId: string }): Side => ({ kind: "provider", orgId: ctx.providerId });

export const placementsSchoolPartnershipRouter = router({
  list: procedures.placementsSchool.query(({ ctx }) => listPartners(ctx.db, school(ctx))),
  byId: procedures.placementsSchool
    .input(PartnerIdInput)
    .query(({ ctx, input }) => getPartner(ctx.db, school(ctx), input.partnerId)),
  candidates: procedures.placementsSchool
    .input(PartnerQueryInput)
    .query(({ ctx, input }) => partnerCandidates(ctx.db, school(ctx), input.query)),
  candidate: procedures.placementsSchool
    .input(PartnerIdInput)
    .query(({ ctx, input }) => partnerCandidate(ctx.db, school(ctx), input.partnerId)),
  add: procedures.placementsSchool
    .input(PartnerIdInput)
    .mutation(({ ctx, input }) => addPartnership(ctx.db, ctx.user, school(ctx), input.partnerId)),
  remove: procedures.placementsSchool
    .input(PartnerIdInput)
    .mutation(({ ctx, input }) => removePartnership(ctx.db, ctx.user, school(ctx), input.partnerId)),
});

export const placementsProviderPartnershipRouter = router({
  list: procedures.placementsProvider.query(({ ctx }) => listPartners(ctx.db, provider(ctx))),
  byId: procedures.placementsProvider
    .input(PartnerIdInput)
    .query(({ ctx, input }) => getPartner(ctx.db, provider(ctx), input.partnerId)),
  candidates: procedures.placementsProvider
    .input(PartnerQueryInput)
    .query(({ ctx, input }) => partnerCandidates(ctx.db, provider(ctx), input.query)),
  candidate: procedures.placementsProvider
    .input(PartnerIdInput)
    .query(({ ctx, input }) => partnerCandidate(ctx.db, provider(ctx), input.partnerId)),
  add: procedures.placementsProvider
    .input(PartnerIdInput)
    .mutation(({ ctx, input }) => addPartnership(ctx.db, ctx.user, provider(ctx), input.partnerId)),
  remove: procedures.placementsProvider
    .input(PartnerIdInput)
    .mutation(({ ctx, input }) => removePartnership(ctx.db, ctx.user, provider(ctx), input.partnerId)),
  placements: procedures.placementsProvider.input(PartnerIdInput).query(async ({ ctx, input }) => {
    const year = await requestSelectedYear(ctx);
    return {
      academicYear: year.name,
      ...(await partnerSchoolPlacements(ctx.db, ctx.providerId, input.partnerId, year.id)),
    };
  }),
  placement: procedures.placementsProvider
    .input(PartnerIdInput.and(PlacementIdInput))
    .query(({ ctx, input }) => partnerSchoolPlacement(ctx.db, ctx.providerId, input.partnerId, input.placementId)),
});
