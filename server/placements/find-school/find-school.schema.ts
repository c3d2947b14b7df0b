import { z } from "zod";

export const FindSchoolInput = z.object({ schoolId: z.string().uuid() });
