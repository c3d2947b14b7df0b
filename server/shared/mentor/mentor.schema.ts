import { z } from "zod";
import { dateInput, groupDateParts, IsoDate } from "../validation/date-input.ts";

/** A school's mentors, for claims and for placements alike: TRN + date of birth checked against the Teaching Record. */
export const MENTOR_MESSAGES = {
  trnRequired: "Enter a teacher reference number (TRN)",
  trnFormat: "Enter a 7 digit teacher reference number (TRN)",
  dateOfBirthRequired: "Enter a date of birth",
  alreadyAdded: "The mentor has already been added",
  unavailable: "The Teaching Record service is not available. Try again later.",
  cannotRemove: "You cannot remove this mentor because they are included in an active claim.",
  cannotDeleteFromPlacements: "You cannot delete this mentor because they are assigned to placements at this school.",
  noResults: (trn: string) => `No results found for ‘${trn}’`,
} as const;

/** A TRN as typed: spaces are ignored; exactly 7 digits. */
export const Trn = z.preprocess(
  (value) => (typeof value === "string" ? value.replace(/\s+/g, "") : ""),
  z
    .string()
    .min(1, MENTOR_MESSAGES.trnRequired)
    .regex(/^\d{7}$/, MENTOR_MESSAGES.trnFormat),
);

/** The add-mentor form (TRN + GOV.UK date input "dateOfBirth"), as posted. */
export const MentorLookupFormSchema = z.preprocess(
  (values) => groupDateParts(values, ["dateOfBirth"]),
  z.object({
    trn: Trn,
    dateOfBirth: dateInput({ required: MENTOR_MESSAGES.dateOfBirthRequired, label: "Date of birth", mustBe: "past" }),
  }),
);

/** What the lookup/add procedures take (after the form was parsed). */
export const MentorLookupInput = z.object({ trn: Trn, dateOfBirth: IsoDate });

export const MentorIdInput = z.object({ mentorId: z.string().uuid() });
