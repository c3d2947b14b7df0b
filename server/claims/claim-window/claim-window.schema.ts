import { z } from "zod";
import { dateInput, groupDateParts, IsoDate } from "../../shared/validation/date-input.ts";

export const CLAIM_WINDOW_MESSAGES = {
  startsOnRequired: "Enter a window opening date",
  endsOnRequired: "Enter a window closing date",
  endsBeforeStart: "Enter a window closing date that is after the opening date",
  academicYearRequired: "Select an academic year",
  dateInExistingWindow: "Select a date that is not within an existing claim window",
  windowContainsExisting: "A claim window already exists within the selected dates",
  cannotChangePast: "You cannot change a claim window that has closed",
} as const;

/** The claim window form as posted: two GOV.UK date inputs and the academic year radios. */
export const ClaimWindowFormSchema = z.preprocess(
  (values) => groupDateParts(values, ["startsOn", "endsOn"]),
  z
    .object({
      startsOn: dateInput({ required: CLAIM_WINDOW_MESSAGES.startsOnRequired, label: "Window opening date" }),
      endsOn: dateInput({ required: CLAIM_WINDOW_MESSAGES.endsOnRequired, label: "Window closing date" }),
      academicYearId: z.uuid({ error: CLAIM_WINDOW_MESSAGES.academicYearRequired }),
    })
    .refine((v) => v.endsOn >= v.startsOn, { message: CLAIM_WINDOW_MESSAGES.endsBeforeStart, path: ["endsOn"] }),
);

/** What the create/update/validate procedures take. */
export const ClaimWindowInput = z
  .object({
    startsOn: IsoDate,
    endsOn: IsoDate,
    academicYearId: z.uuid({ error: CLAIM_WINDOW_MESSAGES.academicYearRequired }),
  })
  .refine((v) => v.endsOn >= v.startsOn, { message: CLAIM_WINDOW_MESSAGES.endsBeforeStart, path: ["endsOn"] });

export const ClaimWindowIdInput = z.object({ claimWindowId: z.uuid() });

export type ClaimWindowValues = z.infer<typeof ClaimWindowInput>;
