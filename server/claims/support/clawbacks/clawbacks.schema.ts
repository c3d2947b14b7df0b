import { z } from "zod";
import { textField } from "../../../shared/validation/text.ts";

/** The request clawback wizard's messages. */
export const HOURS_REQUIRED = "Enter the number of hours to clawback";
export const REASON_REQUIRED = "Enter the details about your decision.";
export const APPROVAL_REQUIRED = "Select yes if you approve the clawback for this mentor";
export const REJECTION_REASON_REQUIRED = "Enter the reason you do not approve the clawback";

export const hoursOutOfRange = (max: number) => `Enter a whole number of hours between 0 and ${max}`;

const uuid = z.string().uuid();

const reason = textField({ label: "Reason", max: 500, required: REASON_REQUIRED, multiline: true });

/**
 * One mentor's clawback as the form sends it: the hours the mentor worked (0 to the hours claimed; the service
 * checks the upper bound against the claim) and the reason.
 */
export const MentorClawbackForm = z.object({
  hoursWorked: z
    .string({ error: HOURS_REQUIRED })
    .trim()
    .min(1, HOURS_REQUIRED)
    .max(4, hoursOutOfRange(999))
    .regex(/^\d+$/, HOURS_REQUIRED)
    .transform(Number),
  reason,
});

export const MentorClawbackInput = z.object({
  mentorTrainingId: uuid,
  hoursWorked: z.number().int(HOURS_REQUIRED).min(0, HOURS_REQUIRED).max(9999),
  reason,
});
export type MentorClawback = z.infer<typeof MentorClawbackInput>;

export const ClaimIdInput = z.object({ claimId: uuid });

export const RequestClawbackInput = z.object({
  claimId: uuid,
  mentors: z.array(MentorClawbackInput).min(1).max(200),
});

export const EditMentorClawbackInput = z.object({ claimId: uuid }).and(MentorClawbackInput);

/** One mentor's approval as the form sends it: Yes, or No with a reason. */
export const MentorApprovalForm = z
  .object({
    approved: z.enum(["yes", "no"], { error: APPROVAL_REQUIRED }),
    rejectionReason: z.string().optional(),
  })
  .transform((v, ctx) => {
    if (v.approved === "yes") return { approved: true as const, reason: null };
    const parsed = textField({
      label: "Reason",
      max: 500,
      required: REJECTION_REASON_REQUIRED,
      multiline: true,
    }).safeParse(v.rejectionReason ?? "");
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0].message, path: ["rejectionReason"] });
      return z.NEVER;
    }
    return { approved: false as const, reason: parsed.data };
  });

export const MentorApprovalInput = z.discriminatedUnion("approved", [
  z.object({ mentorTrainingId: uuid, approved: z.literal(true) }),
  z.object({
    mentorTrainingId: uuid,
    approved: z.literal(false),
    reason: textField({ label: "Reason", max: 500, required: REJECTION_REASON_REQUIRED, multiline: true }),
  }),
]);
export type MentorApproval = z.infer<typeof MentorApprovalInput>;

export const ApproveClawbackInput = z.object({
  claimId: uuid,
  decisions: z.array(MentorApprovalInput).min(1).max(200),
});

export const ListClawbacksInput = z.object({ page: z.number().int().min(1).max(100_000).default(1) });

// Payer clawback response (the payer's file): claim_reference, claim_status ------------------------------------

export const CLAWBACK_RESPONSE_STATUSES = ["clawback_in_progress", "clawback_complete"] as const;

export const ClawbackResponseRowSchema = z.object({
  claim_reference: z
    .string()
    .max(20, "Enter a claim reference of 20 characters or fewer")
    .regex(/^[0-9]+$/, "Enter a claim reference made of numbers"),
  claim_status: z.enum(CLAWBACK_RESPONSE_STATUSES, {
    message: "Enter a claim status of clawback_in_progress or clawback_complete",
  }),
});
export type ClawbackResponseRow = z.infer<typeof ClawbackResponseRowSchema>;

export const CLAWBACK_RESPONSE_CSV = {
  requiredHeaders: ["claim_reference", "claim_status"],
  keyColumn: "claim_reference",
  row: ClawbackResponseRowSchema,
} as const;

export const CheckClawbackResponseInput = z.object({
  rows: z
    .array(
      z.object({
        row: z.number().int().min(2),
        data: z.object({ claim_reference: z.string().max(20), claim_status: z.enum(CLAWBACK_RESPONSE_STATUSES) }),
      }),
    )
    .max(10_000),
});

export const ApplyClawbackResponseInput = z.object({
  fileName: z.string().max(255),
  lines: z
    .array(
      z.object({
        row: z.number().int().min(2),
        claimId: uuid,
        reference: z.string().max(20),
        schoolName: z.string().max(500),
      }),
    )
    .min(1)
    .max(10_000),
});
