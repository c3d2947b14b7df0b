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
