import { z } from "zod";
import { textField } from "../../../shared/validation/text.ts";

/** One row of the "Make schools eligible" upload: `name,urn` (both must match an existing school). */
export const EligibleSchoolRow = z.object({
  name: textField({ label: "school name", max: 255, required: "Enter a school name" }),
  urn: textField({ label: "URN", max: 20, required: "Enter a URN" }),
});
export type EligibleSchoolRowData = z.infer<typeof EligibleSchoolRow>;

export const ELIGIBLE_SCHOOLS_HEADERS = ["name", "urn"] as const;

const rows = z
  .array(z.object({ row: z.number().int().min(2), data: EligibleSchoolRow }))
  .min(1)
  .max(10_000);

export const CheckEligibleSchoolsInput = z.object({ claimWindowId: z.string().uuid(), rows });

export const MakeSchoolsEligibleInput = z.object({
  claimWindowId: z.string().uuid(),
  schoolIds: z.array(z.string().uuid()).min(1).max(10_000),
});
