import { z } from "zod";

export const SelectAcademicYearSchema = z.object({
  academicYear: z.enum(["current", "next"], { error: "Select an academic year" }),
});
