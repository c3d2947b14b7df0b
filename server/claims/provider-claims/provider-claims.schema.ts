import { z } from "zod";

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** Query of the provider's claims list: the school filter (checkboxes) and the text that narrows its options. */
export const ListProviderClaimsInput = z.object({
  providerId: z.string().uuid(),
  schoolIds: z.array(z.string().uuid()).max(500).default([]),
  schoolSearch: z
    .string()
    .trim()
    .max(200)
    .refine((v) => !CONTROL_CHARACTERS.test(v))
    .default(""),
});

export const ProviderClaimIdInput = z.object({ providerId: z.string().uuid(), claimId: z.string().uuid() });
