import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  PROVIDER_USER_INVITE_HEADERS,
  ProviderUserInviteRow,
  SCHOOL_USER_INVITE_HEADERS,
  SchoolUserInviteRow,
} from "#server/claims/support/user-invites/user-invites.schema.ts";
import type { UserInviteLine, UserInvitesResult } from "#server/claims/support/user-invites/user-invites.service.ts";
import { csvUploadJourney } from "~/lib/csv-upload.server";
import { supportApi } from "../support-claims/support-claims.server";
import { PROVIDER_USER_INVITES_PATH, SCHOOL_USER_INVITES_PATH, SETTINGS_PATH } from "./user-invites-paths";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const toInvites = (lines: UserInviteLine[]) => ({
  invites: lines.map((l) => ({
    organisationId: l.organisationId,
    email: l.email,
    firstName: l.firstName,
    lastName: l.lastName,
  })),
});

/** The banner after applying: what changed, or that nothing did (the same file twice). */
function invitedBanner(result: UserInvitesResult, organisation: "school" | "provider") {
  if (result.membershipsCreated === 0) {
    return {
      heading: "No users invited",
      body: `Everyone in the file is already a user of their ${organisation}. Nothing has been changed.`,
    };
  }
  const unchanged = result.people - result.membershipsCreated;
  return {
    heading: "Users invited",
    body: `${plural(result.membershipsCreated, "user has", "users have")} been added and e-mailed an invitation (${plural(
      result.usersCreated,
      "new user",
      "new users",
    )}).${unchanged ? ` ${plural(unchanged, "person was", "people were")} already a user of their ${organisation}.` : ""}`,
  };
}

const schoolUserInvites = csvUploadJourney({
  journey: "claims-upload-school-user-invites",
  basePath: SCHOOL_USER_INVITES_PATH,
  returnPath: SETTINGS_PATH,
  spec: { requiredHeaders: SCHOOL_USER_INVITE_HEADERS, keyColumn: "email", row: SchoolUserInviteRow },
  open: (request, requestId) => supportApi(request, requestId),
  check: (api, rows) => api.claims.support.schoolUserInvites.check({ rows }),
  apply: async (api, _file, lines) =>
    invitedBanner(await api.claims.support.schoolUserInvites.invite(toInvites(lines)), "school"),
});

const providerUserInvites = csvUploadJourney({
  journey: "claims-upload-provider-user-invites",
  basePath: PROVIDER_USER_INVITES_PATH,
  returnPath: SETTINGS_PATH,
  spec: { requiredHeaders: PROVIDER_USER_INVITE_HEADERS, keyColumn: "email", row: ProviderUserInviteRow },
  open: (request, requestId) => supportApi(request, requestId),
  check: (api, rows) => api.claims.support.providerUserInvites.check({ rows }),
  apply: async (api, _file, lines) =>
    invitedBanner(await api.claims.support.providerUserInvites.invite(toInvites(lines)), "provider"),
});

export function schoolUserInvitesStartLoader(args: LoaderFunctionArgs) {
  return schoolUserInvites.startLoader(args);
}
export function schoolUserInvitesStepLoader(args: LoaderFunctionArgs) {
  return schoolUserInvites.stepLoader(args);
}
export function schoolUserInvitesStepAction(args: ActionFunctionArgs) {
  return schoolUserInvites.stepAction(args);
}
export function providerUserInvitesStartLoader(args: LoaderFunctionArgs) {
  return providerUserInvites.startLoader(args);
}
export function providerUserInvitesStepLoader(args: LoaderFunctionArgs) {
  return providerUserInvites.stepLoader(args);
}
export function providerUserInvitesStepAction(args: ActionFunctionArgs) {
  return providerUserInvites.stepAction(args);
}
