import { z } from "zod";
import { noControlCharacters } from "../validation/text.ts";

/** Names and e-mail of a person added to an organisation or the support team (GOV.UK messages). */
const EMAIL_FORMAT = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(\.[^\s@<>()[\]\\,;:".]+)+$/;

export const NAME_MAX = 100;
export const EMAIL_MAX = 254;

function nameField(label: string) {
  const capital = label[0].toUpperCase() + label.slice(1);
  return z
    .string({ error: `Enter a ${label}` })
    .trim()
    .min(1, `Enter a ${label}`)
    .max(NAME_MAX, `${capital} must be ${NAME_MAX} characters or fewer`)
    .refine(
      ...noControlCharacters(capital, {
        message: `${capital} must only include letters, spaces, hyphens and apostrophes`,
      }),
    );
}

const emailField = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(EMAIL_MAX, `Email address must be ${EMAIL_MAX} characters or fewer`)
  .regex(EMAIL_FORMAT, "Enter an email address in the correct format, like name@example.com")
  .refine(
    ...noControlCharacters("email", { message: "Enter an email address in the correct format, like name@example.com" }),
  );

export const UserDetailsSchema = z.object({
  firstName: nameField("first name"),
  lastName: nameField("last name"),
  email: emailField,
});
export type UserDetails = z.infer<typeof UserDetailsSchema>;

export const DFE_EMAIL_MESSAGE =
  "Enter a Department for Education email address in the correct format, like name@education.gov.uk";

/** Claims support users must have a DfE address (reference: Claims::SupportUser validation). */
export const ClaimsSupportUserSchema = z.object({
  firstName: nameField("first name"),
  lastName: nameField("last name"),
  email: z
    .string({ error: "Enter an email address" })
    .trim()
    .toLowerCase()
    .min(1, "Enter an email address")
    .max(EMAIL_MAX, `Email address must be ${EMAIL_MAX} characters or fewer`)
    .regex(EMAIL_FORMAT, DFE_EMAIL_MESSAGE)
    .refine(...noControlCharacters("email", { message: DFE_EMAIL_MESSAGE }))
    .refine((v) => v.endsWith("@education.gov.uk"), DFE_EMAIL_MESSAGE),
});

export const UserIdInput = z.object({ userId: z.string().uuid() });
