import { z } from "zod";
import { cleanSearchText } from "../../shared/validation/text.ts";

const uuid = (message = "Not found") => z.string().uuid(message);

/** Upper bound any single mentor's hours can reach (the largest allowance); the service enforces the real cap. */
export const MAX_HOURS_PER_MENTOR = 20;

export const MentorHoursSchema = z.object({
  mentorId: uuid(),
  hours: z.number().int().min(1).max(MAX_HOURS_PER_MENTOR),
});

const mentorsList = z
  .array(MentorHoursSchema)
  .min(1, "Select a mentor")
  .max(200)
  .refine((list) => new Set(list.map((m) => m.mentorId)).size === list.length, "Each mentor can be claimed for once");

export const ListClaimsInput = z.object({ schoolId: uuid(), academicYearId: uuid().optional() });
export const ClaimIdInput = z.object({ schoolId: uuid(), claimId: uuid() });
export const SearchProvidersInput = z.object({
  schoolId: uuid(),
  query: z
    .string()
    .max(10_000)
    .transform((v) => cleanSearchText(v, 200)),
});
export const QuoteClaimInput = z.object({
  schoolId: uuid(),
  hours: z.array(z.number().int().min(0).max(MAX_HOURS_PER_MENTOR)).max(200),
});
export const ClaimableMentorsInput = z.object({ schoolId: uuid(), providerId: uuid(), claimId: uuid().optional() });

export const CreateClaimInput = z.object({
  schoolId: uuid(),
  providerId: uuid("Enter the accredited provider"),
  mentors: mentorsList,
  /** Generated when the check-your-answers page renders; becomes the new claim's id (one claim per key). */
  idempotencyKey: uuid(),
});

export const UpdateClaimInput = z.object({
  schoolId: uuid(),
  claimId: uuid(),
  version: z.number().int().min(0).max(2_000_000_000),
  providerId: uuid("Enter the accredited provider"),
  mentors: mentorsList,
  /** School user editing a draft: save and submit in one go. */
  submit: z.boolean().default(false),
});

export const SubmitClaimInput = z.object({
  schoolId: uuid(),
  claimId: uuid(),
  version: z.number().int().min(0).max(2_000_000_000),
});

export const RemoveClaimInput = ClaimIdInput;

// ---------------------------------------------------------------------------------------------------------------
// Form steps (the route action and the tests use these)
// ---------------------------------------------------------------------------------------------------------------

export const ProviderSearchForm = z.object({
  // A search box: control characters are stripped, never an error.
  providerQuery: z
    .string({ message: "Enter the accredited provider" })
    .max(10_000, "Accredited provider must be 200 characters or fewer")
    .transform((v) => cleanSearchText(v, 10_000))
    .pipe(
      z
        .string()
        .min(1, "Enter the accredited provider")
        .max(200, "Accredited provider must be 200 characters or fewer"),
    ),
});

export const ProviderOptionForm = z.object({
  providerId: z.string({ message: "Select the accredited provider" }).uuid("Select the accredited provider"),
});

export const ConfirmationForm = z.object({
  confirmed: z.literal("yes", {
    message: "Confirm that you have agreed the number of hours with the accredited provider",
  }),
});

export const DeclarationVersionForm = z.object({
  version: z.coerce.number().int().min(0).max(2_000_000_000),
});

export type HoursAnswer =
  { ok: true; hours: number; choice: "maximum" | "custom" } | { ok: false; errors: Record<string, string> };

/**
 * One mentor's hours from the form: "maximum" (the remaining hours) or "custom" with a whole
 * number 1..remaining typed in ASCII digits. Anything else is a field error, never a 500.
 */
export function parseHoursAnswer(values: Record<string, unknown>, remaining: number): HoursAnswer {
  const choice = values.hoursChoice;
  if (choice === "maximum") return { ok: true, hours: remaining, choice };
  if (choice !== "custom") return { ok: false, errors: { hoursChoice: "Select the number of hours" } };
  const raw = typeof values.customHours === "string" ? values.customHours.trim() : "";
  if (raw === "") return { ok: false, errors: { customHours: "Enter the number of hours" } };
  const message = `Enter whole numbers up to a maximum of ${remaining} hours`;
  if (!/^[0-9]{1,3}$/.test(raw)) return { ok: false, errors: { customHours: message } };
  const hours = Number(raw);
  if (hours < 1 || hours > remaining) return { ok: false, errors: { customHours: message } };
  return { ok: true, hours, choice };
}

/** Invalid provider wizard: the accredited provider replacing a provider that is no longer accredited. */
export const NewProviderInput = z.object({
  schoolId: uuid(),
  claimId: uuid(),
  providerId: uuid("Enter the accredited provider"),
});
export const AssignProviderInput = NewProviderInput.extend({ version: z.number().int().min(0).max(2_000_000_000) });
