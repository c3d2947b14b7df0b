import { z } from "zod";

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** Statuses on the All claims list: every status except the drafts. */
export const LISTED_CLAIM_STATUSES = [
  "submitted",
  "payment_in_progress",
  "payment_information_requested",
  "payment_information_sent",
  "paid",
  "payment_not_approved",
  "sampling_in_progress",
  "sampling_provider_not_approved",
  "sampling_not_approved",
  "clawback_requested",
  "clawback_in_progress",
  "clawback_complete",
  "invalid_provider",
  "clawback_requires_approval",
  "clawback_rejected",
] as const;

export const TRAINING_TYPES = ["initial", "refresher"] as const;
export const UNASSIGNED = "unassigned";

const search = z
  .string()
  .trim()
  .max(100, "Search must be 100 characters or fewer")
  .refine((v) => !CONTROL_CHARACTERS.test(v), "Search must only include letters, numbers and spaces");
const ids = z.array(z.string().uuid()).max(100).default([]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The All claims filters (also the CSV export's). Every list is "any of"; an empty list does not filter. */
export const ClaimFilters = z.object({
  reference: search.optional(),
  schoolIds: ids,
  providerIds: ids,
  mentorIds: ids,
  claimWindowIds: ids,
  supportUserIds: z
    .array(z.union([z.string().uuid(), z.literal(UNASSIGNED)]))
    .max(100)
    .default([]),
  statuses: z.array(z.enum(LISTED_CLAIM_STATUSES)).max(LISTED_CLAIM_STATUSES.length).default([]),
  trainingTypes: z.array(z.enum(TRAINING_TYPES)).max(2).default([]),
  academicYearId: z.string().uuid().optional(),
  /** UK dates, inclusive. */
  submittedAfter: isoDate.optional(),
  submittedBefore: isoDate.optional(),
});
export type ClaimFilters = z.infer<typeof ClaimFilters>;

/** Searches typed into the school, provider and mentor filters (no JavaScript: the form is submitted). */
export const FilterOptionsInput = z.object({
  academicYearId: z.string().uuid().optional(),
  schoolIds: ids,
  providerIds: ids,
  mentorIds: ids,
  schoolSearch: search.optional(),
  providerSearch: search.optional(),
  mentorSearch: search.optional(),
});

/** The All claims page: its filters, the searches typed into them, and the page number. */
export const ListSupportClaimsInput = ClaimFilters.extend({
  page: z.number().int().min(1).max(100_000).default(1),
  ...FilterOptionsInput.pick({ schoolSearch: true, providerSearch: true, mentorSearch: true }).shape,
});

export const SupportClaimIdInput = z.object({ claimId: z.string().uuid() });

export const ZENDESK_URL_MESSAGE =
  "Enter a Zendesk URL in the correct format, like https://becomingateacher.zendesk.com/agent/tickets/123";

export const SupportDetailsInput = z.object({
  claimId: z.string().uuid(),
  /** The claim's version when the form was shown: a change made meanwhile is a conflict. */
  version: z.coerce.number().int().min(0),
  supportUserId: z.union([z.string().uuid(), z.literal("")]).optional(),
  zendeskUrl: z
    .string()
    .trim()
    .max(500, "Zendesk URL must be 500 characters or fewer")
    .refine((v) => v === "" || isHttpsUrl(v), ZENDESK_URL_MESSAGE)
    .optional(),
});

function isHttpsUrl(value: string) {
  if (CONTROL_CHARACTERS.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}
