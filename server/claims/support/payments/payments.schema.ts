import { z } from "zod";

/** One row of the payer's response file: status case-sensitive, reason required when unpaid. */
export const PayerResponseRowSchema = z
  .object({
    claim_reference: z
      .string()
      .max(20, "Enter a claim reference of 20 characters or fewer")
      .regex(/^[0-9]+$/, "Enter a claim reference made of numbers"),
    claim_status: z.enum(["submitted", "paid", "unpaid"], {
      message: "Enter a claim status of paid, unpaid or submitted",
    }),
    claim_unpaid_reason: z
      .string()
      .max(500, "Enter an unpaid reason of 500 characters or fewer")
      .refine(
        (v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v),
        "Remove control characters from the unpaid reason",
      )
      .optional(),
  })
  .refine((r) => r.claim_status !== "unpaid" || Boolean(r.claim_unpaid_reason), {
    message: "Enter a reason for each unpaid claim",
    path: ["claim_unpaid_reason"],
  });
export type PayerResponseRow = z.infer<typeof PayerResponseRowSchema>;

export const PAYER_RESPONSE_CSV = {
  requiredHeaders: ["claim_reference", "claim_status"],
  optionalHeaders: ["claim_unpaid_reason"],
  keyColumn: "claim_reference",
  row: PayerResponseRowSchema,
} as const;

export const SendClaimsInput = z.object({
  claimWindowId: z.string({ message: "Select a claim window" }).uuid("Select a claim window"),
});

export const PayerResponseLineSchema = z.object({
  row: z.number().int().min(2),
  claimId: z.string().uuid(),
  reference: z.string().max(20),
  schoolName: z.string().max(500),
  status: z.enum(["paid", "unpaid"]),
  unpaidReason: z.string().max(500).nullable(),
});

export const ApplyPayerResponseInput = z.object({
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().max(255),
  lines: z.array(PayerResponseLineSchema).min(1).max(10_000),
});

export const CheckPayerResponseInput = z.object({
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z
    .array(
      z.object({
        row: z.number().int().min(2),
        data: z.object({
          claim_reference: z.string().max(20),
          claim_status: z.enum(["submitted", "paid", "unpaid"]),
          claim_unpaid_reason: z.string().max(500).optional(),
        }),
      }),
    )
    .max(10_000),
});

export const PaymentActionInput = z.object({
  claimId: z.string().uuid(),
  action: z.enum(["information-sent", "paid", "reject"]),
});
