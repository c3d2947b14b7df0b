import { z } from "zod";
import { YEAR_GROUPS } from "../placement/placement-summary.ts";

/**
 * The answers of the add-placement wizard and of the per-field edit forms (GOV.UK messages). Ids are checked
 * against the database by the service: a subject of the wrong phase is a form error, another school's mentor
 * a 404.
 */
const id = z.string().uuid();
const ids = (max: number) => z.array(id).max(max);

export const PHASES = ["primary", "secondary", "send"] as const;
export type Phase = (typeof PHASES)[number];

export const PhaseStepSchema = z.object({ phase: z.enum(PHASES, { error: "Select a phase" }) });
export const SubjectStepSchema = z.object({
  subjectId: z.string({ error: "Select a subject" }).uuid("Select a subject"),
});
export const AdditionalSubjectsStepSchema = z.object({
  additionalSubjectIds: ids(20).min(1, "Select a language"),
});
export const YearGroupStepSchema = z.object({ yearGroup: z.enum(YEAR_GROUPS, { error: "Select a year group" }) });
export const KeyStageStepSchema = z.object({
  keyStageId: z.string({ error: "Select a key stage" }).uuid("Select a key stage"),
});
/** No term means "any time in the academic year". */
export const TermsStepSchema = z.object({ termIds: ids(3) });
/** No mentor means "not yet known". */
export const MentorsStepSchema = z.object({ mentorIds: ids(100) });

export const PlacementDetailsSchema = z.object({
  phase: z.enum(PHASES),
  subjectId: id.optional(),
  additionalSubjectIds: ids(20).default([]),
  yearGroup: z.enum(YEAR_GROUPS).optional(),
  keyStageId: id.optional(),
  termIds: ids(3).default([]),
  mentorIds: ids(100).default([]),
});
export type PlacementDetails = z.infer<typeof PlacementDetailsSchema>;

export const PlacementIdInput = z.object({ placementId: id });

/** One field changed from the placement page ("Change" links). */
export const UpdatePlacementSchema = z.discriminatedUnion("field", [
  z.object({ field: z.literal("yearGroup"), ...YearGroupStepSchema.shape }),
  z.object({ field: z.literal("keyStage"), ...KeyStageStepSchema.shape }),
  z.object({ field: z.literal("terms"), ...TermsStepSchema.shape }),
  z.object({ field: z.literal("mentors"), ...MentorsStepSchema.shape }),
]);
export type PlacementUpdate = z.infer<typeof UpdatePlacementSchema>;

/** Assign a partner provider ("Not yet known" changes nothing and never reaches the procedure). */
export const AssignProviderSchema = z.object({
  providerId: id,
  lastPlacementConfirmed: z.boolean().default(false),
});
export const ProviderChoiceSchema = z.object({
  providerId: z.union([id, z.literal("not_known")], { error: "Select a provider" }),
});
/** Remove the provider the user saw on the confirmation page. */
export const UnassignProviderSchema = z.object({ providerId: id });

/** Bulk add: up to 100 placements at once, each under the single-placement rules. */
export const MAX_BULK_PLACEMENTS = 100;
export const BulkPlacementsSchema = z.object({
  placements: z.array(PlacementDetailsSchema).min(1).max(MAX_BULK_PLACEMENTS),
});
