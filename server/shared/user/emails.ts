import type { ServiceName } from "../../auth/session.ts";
import { appOrigin } from "../../env.ts";
import {
  claimsSupportUserInvited,
  claimsSupportUserRemoved,
  claimsUserInvited,
  claimsUserRemoved,
  placementsProviderUserInvited,
  placementsSchoolUserInvited,
  placementsSupportUserInvited,
  placementsSupportUserRemoved,
  placementsUserRemoved,
  type RenderedEmail,
} from "../email/templates.ts";

/** Which of the registered e-mails (server/shared/email/templates.ts) a user change sends, per service. */

export type OrganisationKind = "School" | "Provider";

function signInUrl(service: ServiceName) {
  return `${appOrigin()}/${service}/sign-in`;
}

export function invitationEmail(
  service: ServiceName,
  kind: OrganisationKind,
  firstName: string,
  organisationName: string,
): RenderedEmail {
  const p = { firstName, organisationName, signInUrl: signInUrl(service) };
  if (service === "claims") return claimsUserInvited(p);
  return kind === "School" ? placementsSchoolUserInvited(p) : placementsProviderUserInvited(p);
}

export function removalEmail(service: ServiceName, firstName: string, organisationName: string): RenderedEmail {
  return (service === "claims" ? claimsUserRemoved : placementsUserRemoved)({ firstName, organisationName });
}

export function supportInvitationEmail(service: ServiceName, firstName: string): RenderedEmail {
  return (service === "claims" ? claimsSupportUserInvited : placementsSupportUserInvited)({
    firstName,
    signInUrl: signInUrl(service),
  });
}

export function supportRemovalEmail(service: ServiceName, firstName: string): RenderedEmail {
  return (service === "claims" ? claimsSupportUserRemoved : placementsSupportUserRemoved)({ firstName });
}
