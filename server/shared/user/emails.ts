import { env } from "../../env.ts";
import type { ServiceName } from "../../auth/session.ts";

/** Subjects and bodies of the user e-mails (reference §4.2). */
const SERVICE_TITLES: Record<ServiceName, string> = {
  claims: "Claim funding for mentor training",
  placements: "Manage school placements",
};

function signInLink(service: ServiceName) {
  const origin = env().APP_ORIGIN ?? "http://localhost:3000";
  return `${origin}/${service}/sign-in?utm_source=email&utm_medium=notification`;
}

export type OrganisationKind = "School" | "Provider";

export function invitationEmail(service: ServiceName, kind: OrganisationKind, firstName: string, organisationName: string) {
  const title = SERVICE_TITLES[service];
  const subject =
    service === "claims"
      ? `Invitation to join ${title}`
      : kind === "School"
        ? "ACTION NEEDED: Sign-in to the Manage school placements service"
        : `Invitation to join ${title}`;
  const body = [
    `Dear ${firstName},`,
    "",
    `You have been invited to join the ${title} service for ${organisationName}.`,
    "",
    "# Sign in to the service",
    "",
    `[Sign in to ${title}](${signInLink(service)})`,
    "",
    "You need a DfE Sign-in account to use the service. If you do not have one, you can create one when you sign in.",
  ].join("\n");
  return { subject, body };
}

export function removalEmail(service: ServiceName, firstName: string, organisationName: string) {
  const title = SERVICE_TITLES[service];
  return {
    subject: `You have been removed from ${title}`,
    body: [
      `Dear ${firstName},`,
      "",
      `You have been removed from the ${title} service for ${organisationName}.`,
      "",
      "If you think this is a mistake, contact a colleague at the organisation or the service's support team.",
    ].join("\n"),
  };
}

export function supportInvitationEmail(service: ServiceName, firstName: string) {
  const title = SERVICE_TITLES[service];
  return {
    subject: service === "claims" ? `Invitation to join ${title}` : `Your invite to the ${title} service`,
    body: [
      `Dear ${firstName},`,
      "",
      `You have been added as a support user of ${title}.`,
      "",
      `[Sign in to ${title}](${signInLink(service)})`,
    ].join("\n"),
  };
}

export function supportRemovalEmail(service: ServiceName, firstName: string) {
  const title = SERVICE_TITLES[service];
  return {
    subject: `You have been removed from ${title}`,
    body: [`Dear ${firstName},`, "", `You have been removed as a support user of ${title}.`].join("\n"),
  };
}
