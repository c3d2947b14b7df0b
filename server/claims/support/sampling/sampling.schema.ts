import { z } from "zod";

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const text = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .refine((v) => !CONTROL_CHARACTERS.test(v), message);

/** One row of the sampling (audit) upload: `claim_reference,sample_reason`. */
export const SamplingRow = z.object({
  claim_reference: text(20, "Enter a valid claim reference").pipe(z.string().min(1, "Enter a claim reference")),
  sample_reason: text(500, "Sample reason must be 500 characters or fewer").pipe(
    z.string().min(1, "Enter a sample reason"),
  ),
});
export type SamplingRowData = z.infer<typeof SamplingRow>;

export const SAMPLING_HEADERS = ["claim_reference", "sample_reason"] as const;

export const UploadSamplingInput = z.object({
  rows: z
    .array(z.object({ row: z.number().int().min(2), data: SamplingRow }))
    .min(1)
    .max(10_000),
});

export const SampledClaimInput = z.object({ claimId: z.string().uuid() });

const reason = text(500, "Reason must be 500 characters or fewer").pipe(z.string().min(1, "Enter a reason"));

/** Support records the provider's rejection by hand: the mentors not assured, with the provider's reason each. */
export const ProviderRejectedInput = z.object({
  claimId: z.string().uuid(),
  mentors: z
    .array(z.object({ mentorTrainingId: z.string().uuid(), reason }))
    .min(1, "Select the mentors the provider did not assure")
    .max(200),
});

/** Support records the school's response for each mentor the provider did not assure. */
export const RejectSampledClaimInput = z.object({
  claimId: z.string().uuid(),
  responses: z
    .array(z.object({ mentorTrainingId: z.string().uuid(), reason }))
    .min(1)
    .max(200),
});

// Provider audit response: claim_reference, mentor_full_name, claim_accepted, rejection_reason.

const ACCEPTED = new Map([
  ["yes", true],
  ["true", true],
  ["no", false],
  ["false", false],
]);

/** One row of a provider's audit response; `claim_accepted` is yes/no/true/false (trimmed, any case). */
export const ProviderResponseRow = z
  .object({
    claim_reference: text(20, "Enter a valid claim reference").pipe(z.string().min(1, "Enter a claim reference")),
    mentor_full_name: text(200, "Mentor name must be 200 characters or fewer").pipe(
      z.string().min(1, "Enter the mentor's full name"),
    ),
    claim_accepted: z
      .string()
      .trim()
      .transform((v) => ACCEPTED.get(v.toLowerCase()))
      .pipe(z.boolean({ message: "Enter yes or no for claim_accepted" })),
    rejection_reason: text(500, "Rejection reason must be 500 characters or fewer").optional(),
  })
  .refine((r) => r.claim_accepted || Boolean(r.rejection_reason), {
    message: "Enter a rejection reason for a mentor whose claim is not accepted",
    path: ["rejection_reason"],
  });
export type ProviderResponseRowData = z.infer<typeof ProviderResponseRow>;

export const PROVIDER_RESPONSE_CSV = {
  requiredHeaders: ["claim_reference", "mentor_full_name", "claim_accepted", "rejection_reason"],
  keyColumn: "claim_reference",
  row: ProviderResponseRow,
} as const;

const digest = z.string().regex(/^[0-9a-f]{64}$/);

export const CheckProviderResponseInput = z.object({
  digest,
  rows: z
    .array(
      z.object({
        row: z.number().int().min(2),
        data: z.object({
          claim_reference: z.string().max(20),
          mentor_full_name: z.string().max(200),
          claim_accepted: z.boolean(),
          rejection_reason: z.string().max(500).optional(),
        }),
      }),
    )
    .max(10_000),
});

export const ProviderResponseLineSchema = z.object({
  row: z.number().int().min(2),
  claimId: z.string().uuid(),
  reference: z.string().max(20),
  mentorTrainingId: z.string().uuid(),
  mentorName: z.string().max(200),
  accepted: z.boolean(),
  reason: z.string().max(500).nullable(),
});

export const ApplyProviderResponseInput = z.object({
  digest,
  fileName: z.string().max(255),
  lines: z.array(ProviderResponseLineSchema).min(1).max(10_000),
});

export const CheckSamplingInput = z.object({ rows: UploadSamplingInput.shape.rows });
