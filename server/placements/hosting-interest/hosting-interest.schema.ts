import { z } from "zod";
import { MULTILINE_TEXT_MAX, textField } from "../../shared/validation/text.ts";
import { YEAR_GROUPS } from "../placement/placement-summary.ts";
import { PHASES, PlacementDetailsSchema, MAX_BULK_PLACEMENTS } from "../school-placement/school-placement.schema.ts";
import { SchoolContactSchema } from "../school-contact/school-contact.schema.ts";

/**
 * A school's hosting interest (expression of interest) for one academic year: Yes (placements, created as
 * drafts), Maybe (potential placement details kept on the school) or No (reasons).
 */
export const APPETITES = ["actively_looking", "interested", "not_open"] as const;
export type AppetiteChoice = (typeof APPETITES)[number];

export const APPETITE_LABELS: Record<AppetiteChoice, string> = {
  actively_looking: "Yes - I can offer placements",
  interested: "Maybe - I’m not sure yet",
  not_open: "No - I can’t offer placements",
};

/** The fixed reasons for not hosting, sorted, then "Other" (which needs the school's own words). */
export const REASONS_NOT_HOSTING = [
  "Concerns about trainee quality",
  "Don’t have enough space",
  "High number of pupils with SEND needs",
  "Low capacity to support trainees due to staff changes",
  "Not enough trained mentors",
  "Working to improve our OFSTED rating",
] as const;
export const OTHER_REASON = "Other";

export const AppetiteStepSchema = z.object({
  appetite: z.enum(APPETITES, { error: "Select whether you can offer placements" }),
});

export const ReasonsNotHostingSchema = z
  .object({
    reasons: z
      .array(z.enum([...REASONS_NOT_HOSTING, OTHER_REASON]), {
        error: "Select your reasons for not taking part in ITT",
      })
      .min(1, "Select your reasons for not taking part in ITT")
      .max(REASONS_NOT_HOSTING.length + 1),
    otherReason: textField({ label: "Reason", max: 500 }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.reasons.includes(OTHER_REASON) && !value.otherReason) {
      ctx.addIssue({ code: "custom", path: ["otherReason"], message: "Enter your reason for not taking part in ITT" });
    }
  });

export const NoteToProvidersSchema = z.object({
  note: textField({ label: "Note to providers", max: 500, multiline: true }).optional().default(""),
});

/** A quantity: a whole number of placements, at least 1 (at most 20 of one kind). */
export const QUANTITY_MAX = 20;
const quantity = z.number().int().min(1).max(QUANTITY_MAX);
const maybeQuantity = quantity.nullable();
const id = z.string().uuid();

/**
 * "Maybe": what the school might offer. Each list may be "unknown" ("I don't know"); a quantity may be null
 * (not known yet). Kept on `schools.potential_placement_details`.
 */
export const PotentialPlacementDetailsSchema = z.object({
  phases: z.union([z.literal("unknown"), z.array(z.enum(PHASES)).min(1).max(3)]),
  yearGroups: z
    .union([
      z.literal("unknown"),
      z.array(z.object({ yearGroup: z.enum(YEAR_GROUPS), quantity: maybeQuantity })).max(20),
    ])
    .optional(),
  subjects: z
    .union([z.literal("unknown"), z.array(z.object({ subjectId: id, quantity: maybeQuantity })).max(60)])
    .optional(),
  keyStages: z
    .union([z.literal("unknown"), z.array(z.object({ keyStageId: id, quantity: maybeQuantity })).max(10)])
    .optional(),
  note: z.string().max(MULTILINE_TEXT_MAX).default(""),
});
export type PotentialPlacementDetails = z.infer<typeof PotentialPlacementDetailsSchema>;

const contact = { contact: SchoolContactSchema };
const reasonList = z
  .array(z.enum([...REASONS_NOT_HOSTING, OTHER_REASON]))
  .min(1)
  .max(REASONS_NOT_HOSTING.length + 1);
const placements = z.array(PlacementDetailsSchema).min(1).max(MAX_BULK_PLACEMENTS);

/** The add wizard's answers (with the ITT placement contact). */
export const RecordHostingInterestSchema = z.discriminatedUnion("appetite", [
  z.object({ appetite: z.literal("actively_looking"), placements, ...contact }),
  z.object({ appetite: z.literal("interested"), potential: PotentialPlacementDetailsSchema, ...contact }),
  z.object({
    appetite: z.literal("not_open"),
    reasons: reasonList,
    otherReason: z.string().max(500).optional(),
    ...contact,
  }),
]);
export type RecordHostingInterest = z.infer<typeof RecordHostingInterestSchema>;

/**
 * The edit wizard's answers: the same branches without the contact, and the appetite the user started from
 * (a conditional update: someone else's change meanwhile is a conflict).
 */
const expected = {
  expectedAppetite: z.enum(["actively_looking", "interested", "not_open", "already_organised"]).nullable(),
};
export const ChangeHostingInterestSchema = z.discriminatedUnion("appetite", [
  z.object({ appetite: z.literal("actively_looking"), placements, ...expected }),
  z.object({ appetite: z.literal("interested"), potential: PotentialPlacementDetailsSchema, ...expected }),
  z.object({
    appetite: z.literal("not_open"),
    reasons: reasonList,
    otherReason: z.string().max(500).optional(),
    ...expected,
  }),
]);
export type ChangeHostingInterest = z.infer<typeof ChangeHostingInterestSchema>;

export const ConvertPotentialPlacementsSchema = z.object({ placements });
