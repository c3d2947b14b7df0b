import { z } from "zod";
import { textField } from "../../../shared/validation/text.ts";
import { UserDetailsSchema } from "../../../shared/user/user.schema.ts";

/**
 * The "Invite school users" and "Invite provider users" uploads: one person per row, with the organisation named by
 * its URN (schools) or its provider code (providers). The names and e-mail address follow the rules of adding one
 * user by hand (lengths, format, no control characters).
 */
const person = {
  email: UserDetailsSchema.shape.email,
  first_name: UserDetailsSchema.shape.firstName,
  last_name: UserDetailsSchema.shape.lastName,
};

export const SchoolUserInviteRow = z.object({
  ...person,
  school_urn: textField({ label: "school URN", max: 20, required: "Enter a school URN" }),
});
export type SchoolUserInviteRowData = z.infer<typeof SchoolUserInviteRow>;

export const ProviderUserInviteRow = z.object({
  ...person,
  provider_code: textField({ label: "provider code", max: 20, required: "Enter a provider code" }),
});
export type ProviderUserInviteRowData = z.infer<typeof ProviderUserInviteRow>;

export const SCHOOL_USER_INVITE_HEADERS = ["email", "school_urn", "first_name", "last_name"] as const;
export const PROVIDER_USER_INVITE_HEADERS = ["email", "provider_code", "first_name", "last_name"] as const;

/** Most people one file may invite. */
export const MAX_INVITES = 10_000;

const checkRows = <T extends z.ZodType>(row: T) =>
  z.object({
    rows: z
      .array(z.object({ row: z.number().int().min(2), data: row }))
      .min(1)
      .max(MAX_INVITES),
  });

export const CheckSchoolUserInvitesInput = checkRows(SchoolUserInviteRow);
export const CheckProviderUserInvitesInput = checkRows(ProviderUserInviteRow);

/** The checked people to invite: the organisation by id, as the check found it. */
export const ApplyUserInvitesInput = z.object({
  invites: z
    .array(
      z.object({
        organisationId: z.string().uuid(),
        email: person.email,
        firstName: person.first_name,
        lastName: person.last_name,
      }),
    )
    .min(1)
    .max(MAX_INVITES),
});
export type ApplyUserInvites = z.infer<typeof ApplyUserInvitesInput>;
