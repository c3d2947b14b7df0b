import type { z } from "zod";
import { UserDetailsSchema } from "../../shared/user/user.schema.ts";

/** The ITT placement contact: first name, last name and a valid e-mail address (same rules as a user's). */
export const SchoolContactSchema = UserDetailsSchema;
export type SchoolContactDetails = z.infer<typeof SchoolContactSchema>;
