import { z } from "zod";

export const SelectAcademicYearSchema = z.object({
  year: z.enum(["this", "next"], { error: "Select an academic year" }),
});
