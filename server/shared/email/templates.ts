/**
 * Every e-mail the services send: one function per e-mail returning the `templateKey`, subject and
 * Markdown body for the generic Notify template. Spread the result into `queueEmail`:
 *
 *   await queueEmail(tx, { to: user.email, service: "claims", ...claimsUserInvited({ firstName, organisationName, signInUrl }) });
 *
 * `EMAIL_TEMPLATES` lists them with example data for the support console previews (/claims|placements/support/emails).
 * Links carry utm_source=email&utm_medium=notification, as the reference's do.
 */
import type { ServiceName } from "../../auth/session.ts";

export type RenderedEmail = { templateKey: string; subject: string; body: string };

export const CLAIMS_SERVICE_NAME = "Claim funding for mentor training";
export const PLACEMENTS_SERVICE_NAME = "Manage school placements";

/** Adds the tracking parameters the reference puts on every e-mail link. */
export function emailLink(url: string): string {
  const u = new URL(url);
  u.searchParams.set("utm_source", "email");
  u.searchParams.set("utm_medium", "notification");
  return u.toString();
}

const signOff = (service: ServiceName) =>
  service === "claims"
    ? `${CLAIMS_SERVICE_NAME} service\n\nIf you have any questions, email ittmentor.funding@education.gov.uk`
    : `${PLACEMENTS_SERVICE_NAME} service\n\nIf you have any questions, email manage.schoolplacements@education.gov.uk`;

// Made once: toLocaleString would make a formatter on every call.
const poundsFormat = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const money = (pence: number) => `£${poundsFormat.format(pence / 100)}`;

// ---------------------------------------------------------------------------------------------------------------
// Claims

export function claimsUserInvited(p: {
  firstName: string;
  organisationName: string;
  signInUrl: string;
}): RenderedEmail {
  return {
    templateKey: "claims.user_invited",
    subject: `Invitation to join ${CLAIMS_SERVICE_NAME}`,
    body: `Dear ${p.firstName},\n\nYou have been invited to join the ${CLAIMS_SERVICE_NAME} service for ${p.organisationName}.\n\n# How to sign in\n\nUse your DfE Sign-in account to access the service:\n\n[Sign in to ${CLAIMS_SERVICE_NAME}](${emailLink(p.signInUrl)})\n\n${signOff("claims")}`,
  };
}

export function claimsUserRemoved(p: { firstName: string; organisationName: string }): RenderedEmail {
  return {
    templateKey: "claims.user_removed",
    subject: `You have been removed from ${CLAIMS_SERVICE_NAME}`,
    body: `Dear ${p.firstName},\n\nYou have been removed from the ${CLAIMS_SERVICE_NAME} service for ${p.organisationName}.\n\nIf you think this is a mistake, contact a colleague at ${p.organisationName}.\n\n${signOff("claims")}`,
  };
}

export function claimsClaimSubmitted(p: {
  firstName: string;
  reference: string;
  amountPence: number;
  mentorCount: number;
  providerName: string;
  claimUrl: string;
}): RenderedEmail {
  return {
    templateKey: "claims.claim_submitted",
    subject: "Claim submitted for mentor training funding",
    body: `Dear ${p.firstName},\n\nYou have submitted a claim for mentor training funding.\n\n# Claim details\n\nReference: ${p.reference}\nProvider: ${p.providerName}\nNumber of mentors: ${p.mentorCount}\nAmount: ${money(p.amountPence)}\n\n[View your claim](${emailLink(p.claimUrl)})\n\n${signOff("claims")}`,
  };
}

export function claimsDraftClaimCreated(p: {
  firstName: string;
  schoolName: string;
  providerName: string;
  reference: string;
  claimUrl: string;
}): RenderedEmail {
  return {
    templateKey: "claims.draft_claim_created",
    subject: "New draft claim for mentor training",
    body: `Dear ${p.firstName},\n\nThe ${CLAIMS_SERVICE_NAME} support team has added a draft claim (reference ${p.reference}) for ${p.schoolName} with ${p.providerName}.\n\nCheck the details and submit the claim before the claim window closes:\n\n[Review the draft claim](${emailLink(p.claimUrl)})\n\n${signOff("claims")}`,
  };
}

/** Weekly reminder to the creator of a claim whose provider is not accredited (reference claims_assigned_to_invalid_provider). */
export function claimsInvalidProviderReminder(p: {
  firstName: string;
  reference: string;
  schoolName: string;
  providerName: string;
  claimUrl: string;
}): RenderedEmail {
  return {
    templateKey: "claims.invalid_provider_reminder",
    subject: "Action by 5 December: Change your ITT mentor funding claim to ensure it gets paid",
    body: `Dear ${p.firstName},\n\nYour claim for mentor training funding cannot be paid because the provider on it, ${p.providerName}, is not an accredited provider.\n\n# Claim details\n\nReference: ${p.reference}\nSchool: ${p.schoolName}\nProvider: ${p.providerName}\n\n# What you need to do\n\nBy 5 December, change the provider on the claim to the accredited provider your mentors trained with, so the claim can be paid.\n\n[Change the provider on your claim](${emailLink(p.claimUrl)})\n\n${signOff("claims")}`,
  };
}

export function claimsClawbackRequested(p: {
  firstName: string;
  reference: string;
  amountPence: number;
}): RenderedEmail {
  return {
    templateKey: "claims.clawback_requested",
    subject: "Your funding for mentor training will be taken back",
    body: `Dear ${p.firstName},\n\nFollowing quality assurance of claim ${p.reference}, ${money(p.amountPence)} of mentor training funding will be taken back.\n\nThe amount will be recovered from a future payment to your school.\n\n${signOff("claims")}`,
  };
}

export function claimsSchoolEligible(p: {
  firstName: string;
  schoolName: string;
  academicYearName: string;
  signInUrl: string;
}): RenderedEmail {
  return {
    templateKey: "claims.school_eligible",
    subject: `Onboarding update to ${CLAIMS_SERVICE_NAME}`,
    body: `Dear ${p.firstName},\n\n${p.schoolName} is eligible to claim funding for mentor training for the ${p.academicYearName} academic year.\n\n[Sign in to make a claim](${emailLink(p.signInUrl)})\n\n${signOff("claims")}`,
  };
}

export function claimsDeadlineReminder(p: { firstName: string; deadline: string; signInUrl: string }): RenderedEmail {
  return {
    templateKey: "claims.deadline_reminder",
    subject: `Deadline ${p.deadline}: Claim Your ITT Mentor Training Funding`,
    body: `Dear ${p.firstName},\n\nYour school has not yet claimed funding for mentor training. Claims must be submitted by ${p.deadline}.\n\n[Make a claim](${emailLink(p.signInUrl)})\n\n${signOff("claims")}`,
  };
}

/** Support reminder: users of an eligible school where nobody has signed in yet. */
export function claimsSchoolNotSignedIn(p: {
  firstName: string;
  schoolName: string;
  deadline: string;
  signInUrl: string;
}): RenderedEmail {
  return {
    templateKey: "claims.school_not_signed_in",
    subject: `Deadline ${p.deadline}: Claim funding for ITT Mentor training`,
    body: `Dear ${p.firstName},\n\n${p.schoolName} is eligible to claim funding for the training its ITT mentors have done, but nobody from your school has signed in to ${CLAIMS_SERVICE_NAME} yet.\n\nClaims must be submitted by ${p.deadline}.\n\n[Sign in to make a claim](${emailLink(p.signInUrl)})\n\n${signOff("claims")}`,
  };
}

/** Support reminder: users of an eligible school where someone signed in but no claim was submitted. */
export function claimsSchoolSignedInNotClaimed(p: {
  firstName: string;
  schoolName: string;
  deadline: string;
  signInUrl: string;
}): RenderedEmail {
  return {
    templateKey: "claims.school_signed_in_not_claimed",
    subject: `Deadline ${p.deadline}: Claim funding for ITT Mentor training`,
    body: `Dear ${p.firstName},\n\nSomeone from ${p.schoolName} has signed in to ${CLAIMS_SERVICE_NAME}, but your school has not submitted a claim yet.\n\nClaims must be submitted by ${p.deadline}.\n\n[Sign in to make a claim](${emailLink(p.signInUrl)})\n\n${signOff("claims")}`,
  };
}

/** Support reminder: a provider whose partner schools have not claimed in the current window. */
export function claimsProviderSchoolsNotClaimed(p: { providerName: string; deadline: string }): RenderedEmail {
  return {
    templateKey: "claims.provider_schools_not_claimed",
    subject: `Deadline ${p.deadline}: your schools haven't claimed for ITT mentor funding`,
    body: `Dear ${p.providerName},\n\nThe schools whose mentors trained with you have not yet claimed funding for that training in this claim window.\n\nPlease remind them that claims must be submitted by ${p.deadline}.\n\n${signOff("claims")}`,
  };
}

export function claimsSamplingChecksRequired(p: {
  providerName: string;
  downloadUrl: string;
  deadline: string;
}): RenderedEmail {
  return {
    templateKey: "claims.sampling_checks_required",
    subject: "ITT mentor claims need to be quality assured",
    body: `Dear ${p.providerName},\n\nSome claims for mentor training funding that name you as the provider need to be quality assured.\n\n[Download the claims](${emailLink(p.downloadUrl)})\n\nReturn the completed file by ${p.deadline}.\n\n${signOff("claims")}`,
  };
}

/** To the school's users when the provider has not assured a sampled claim (and the Tuesday reminders). */
export function claimsRejectedByProvider(p: {
  firstName: string;
  reference: string;
  schoolName: string;
  providerName: string;
  comments: { mentorName: string; reason: string }[];
  claimUrl: string;
}): RenderedEmail {
  const comments = p.comments.map((c) => `* ${c.mentorName}: ${c.reason}`).join("\n");
  return {
    templateKey: "claims.rejected_by_provider",
    subject: `Provider has indicated a school has an invalid claim: ${p.reference}`,
    body: `Dear ${p.firstName},\n\n${p.providerName} could not confirm the mentor training on claim ${p.reference} for ${p.schoolName}.\n\n# The provider's comments\n\n${comments}\n\n# What you need to do\n\nReply to ittmentor.funding@education.gov.uk with your response to the provider's comments for each mentor. If we do not agree the training took place, the funding for it will be taken back.\n\n[View the claim](${emailLink(p.claimUrl)})\n\n${signOff("claims")}`,
  };
}

export function claimsPaymentRequested(p: { downloadUrl: string }): RenderedEmail {
  return {
    templateKey: "claims.payment_requested",
    subject: `Claims ready for payment - ${CLAIMS_SERVICE_NAME}`,
    body: `Hello,\n\nClaims for mentor training funding are ready for payment.\n\n[Download the claims](${emailLink(p.downloadUrl)})\n\nThe link expires in 7 days.\n\n${signOff("claims")}`,
  };
}

export function claimsClawbackRequestedPayer(p: { downloadUrl: string }): RenderedEmail {
  return {
    templateKey: "claims.clawback_requested_payer",
    subject: `Claims requiring clawback - ${CLAIMS_SERVICE_NAME}`,
    body: `Hello,\n\nSome claims for mentor training funding require clawback: the funding for training that was not assured is to be taken back.\n\n[Download the claims](${emailLink(p.downloadUrl)})\n\nThe link expires in 7 days and can be used once.\n\n${signOff("claims")}`,
  };
}

export function claimsSupportUserInvited(p: { firstName: string; signInUrl: string }): RenderedEmail {
  return {
    templateKey: "claims.support_user_invited",
    subject: `Invitation to join ${CLAIMS_SERVICE_NAME}`,
    body: `Dear ${p.firstName},\n\nYou have been added as a support user of the ${CLAIMS_SERVICE_NAME} service.\n\n[Sign in](${emailLink(p.signInUrl)})\n\n${signOff("claims")}`,
  };
}

export function claimsSupportUserRemoved(p: { firstName: string }): RenderedEmail {
  return {
    templateKey: "claims.support_user_removed",
    subject: `You have been removed from ${CLAIMS_SERVICE_NAME}`,
    body: `Dear ${p.firstName},\n\nYou have been removed as a support user of the ${CLAIMS_SERVICE_NAME} service.\n\n${signOff("claims")}`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Placements

export function placementsSchoolUserInvited(p: {
  firstName: string;
  organisationName: string;
  signInUrl: string;
}): RenderedEmail {
  return {
    templateKey: "placements.school_user_invited",
    subject: `ACTION NEEDED: Sign-in to the ${PLACEMENTS_SERVICE_NAME} service`,
    body: `Dear ${p.firstName},\n\nYou have been invited to join the ${PLACEMENTS_SERVICE_NAME} service for ${p.organisationName}.\n\n[Sign in to ${PLACEMENTS_SERVICE_NAME}](${emailLink(p.signInUrl)})\n\n${signOff("placements")}`,
  };
}

export function placementsProviderUserInvited(p: {
  firstName: string;
  organisationName: string;
  signInUrl: string;
}): RenderedEmail {
  return {
    templateKey: "placements.provider_user_invited",
    subject: `Invitation to join ${PLACEMENTS_SERVICE_NAME}`,
    body: `Dear ${p.firstName},\n\nYou have been invited to join the ${PLACEMENTS_SERVICE_NAME} service for ${p.organisationName}.\n\n[Sign in to ${PLACEMENTS_SERVICE_NAME}](${emailLink(p.signInUrl)})\n\n${signOff("placements")}`,
  };
}

export function placementsUserRemoved(p: { firstName: string; organisationName: string }): RenderedEmail {
  return {
    templateKey: "placements.user_removed",
    subject: `You have been removed from ${PLACEMENTS_SERVICE_NAME}`,
    body: `Dear ${p.firstName},\n\nYou have been removed from the ${PLACEMENTS_SERVICE_NAME} service for ${p.organisationName}.\n\n${signOff("placements")}`,
  };
}

/** " on [itt@school](mailto:…)" when the school has an ITT placement contact, else nothing. */
const onAddress = (email: string | null, word = "on") => (email ? ` ${word} [${email}](mailto:${email})` : "");

const signInSection = (url: string) => `## Your account\n[Sign in to ${PLACEMENTS_SERVICE_NAME}](${emailLink(url)})`;

/** To each user of a provider a school has added to the providers it works with. */
export function placementsPartnershipCreated(p: {
  firstName: string;
  providerName: string;
  schoolName: string;
  schoolContactEmail: string | null;
  signInUrl: string;
}): RenderedEmail {
  return {
    templateKey: "placements.partnership_created",
    subject: "A school has added you",
    body: `${p.firstName},\n\n${p.schoolName} has added ${p.providerName} as one of the providers they would like to work with.\n\n## What happens next?\nThey can now assign you to their placements. Once assigned to a specific placement, you should plan to place a trainee.\n\nContact the school${onAddress(p.schoolContactEmail)} if you have any questions.\n\n${signInSection(p.signInUrl)}\n\n${signOff("placements")}`,
  };
}

/** To each user of a provider a school has deleted from its providers; lists the placements it stays assigned to. */
export function placementsPartnershipDestroyed(p: {
  firstName: string;
  providerName: string;
  schoolName: string;
  schoolContactEmail: string | null;
  placements: { title: string; url: string }[];
  signInUrl: string;
}): RenderedEmail {
  const many = p.placements.length > 1;
  const contact = `the school${onAddress(p.schoolContactEmail)}`;
  const next = p.placements.length
    ? `You will remain assigned to current placements unless the school removes you. ${many ? "These placements are" : "This placement is"}:\n\n${p.placements.map((x) => `- [${x.title}](${emailLink(x.url)})`).join("\n")}\n\nWe recommend you speak to the school to check whether they expect you to fill ${many ? "these placements" : "this placement"}. Contact ${contact}.`
    : `You will no longer be assigned placements by this school unless they add you again or you add them to your list of schools.\n\nIf you think this is a mistake, contact ${contact}.`;
  return {
    templateKey: "placements.partnership_destroyed",
    subject: "A school has removed you",
    body: `${p.firstName},\n\n${p.schoolName} has deleted ${p.providerName} from the list of providers they work with.\n\n## What happens next?\n${next}\n\n${signInSection(p.signInUrl)}\n\n${signOff("placements")}`,
  };
}

/** To each user of a provider a school has assigned to one of its placements. */
export function placementsProviderAssigned(p: {
  firstName: string;
  providerName: string;
  schoolName: string;
  schoolContactEmail: string | null;
  placementName: string;
  url: string;
  signInUrl: string;
}): RenderedEmail {
  return {
    templateKey: "placements.provider_assigned",
    subject: "A school wants you to place a trainee with them",
    body: `${p.firstName},\n\n${p.schoolName} has assigned ${p.providerName} to the following placement:\n\n- [${p.placementName}](${emailLink(p.url)})\n\n## What happens next?\nYou should now arrange for one of your trainees to fulfil this placement.\n\nContact the school${onAddress(p.schoolContactEmail, "at")}.\n\n${signInSection(p.signInUrl)}\n\n${signOff("placements")}`,
  };
}

/** To each user of a provider a school has removed from one of its placements. */
export function placementsProviderRemoved(p: {
  firstName: string;
  providerName: string;
  schoolName: string;
  schoolContactEmail: string | null;
  placementName: string;
  signInUrl: string;
}): RenderedEmail {
  return {
    templateKey: "placements.provider_removed",
    subject: "A school has removed you from a placement",
    body: `${p.firstName},\n\n${p.schoolName} has removed ${p.providerName} from a placement: ${p.placementName}.\n\n## What happens next?\nYou should no longer arrange for a trainee to complete this placement.\n\nIf you are assigned to other placements with this school, you will remain assigned unless the school removes you from them.\n\nIf you think this is a mistake, contact the school${onAddress(p.schoolContactEmail)}.\n\n${signInSection(p.signInUrl)}\n\n${signOff("placements")}`,
  };
}

/** To each user of the school that removed a provider from one of its placements. */
export function placementsSchoolRemovedProvider(p: {
  firstName: string;
  providerName: string;
  providerEmail: string | null;
  placementName: string;
  url: string;
  signInUrl: string;
}): RenderedEmail {
  const contact = p.providerEmail ? ` Contact them${onAddress(p.providerEmail)}.` : "";
  return {
    templateKey: "placements.school_removed_provider",
    subject: "You have removed a provider from a placement",
    body: `${p.firstName},\n\nYou removed ${p.providerName} from a placement.\n\n[${p.placementName}](${emailLink(p.url)})\n\n## What happens next?\nYou must make sure the provider is aware that they should no longer place a trainee with you.${contact}\n\n${signInSection(p.signInUrl)}\n\n${signOff("placements")}`,
  };
}

export function placementsSupportUserInvited(p: { firstName: string; signInUrl: string }): RenderedEmail {
  return {
    templateKey: "placements.support_user_invited",
    subject: `Your invite to the ${PLACEMENTS_SERVICE_NAME} service`,
    body: `Dear ${p.firstName},\n\nYou have been added as a support user of the ${PLACEMENTS_SERVICE_NAME} service.\n\n[Sign in](${emailLink(p.signInUrl)})\n\n${signOff("placements")}`,
  };
}

export function placementsSupportUserRemoved(p: { firstName: string }): RenderedEmail {
  return {
    templateKey: "placements.support_user_removed",
    subject: `You have been removed from ${PLACEMENTS_SERVICE_NAME}`,
    body: `Dear ${p.firstName},\n\nYou have been removed as a support user of the ${PLACEMENTS_SERVICE_NAME} service.\n\n${signOff("placements")}`,
  };
}

export function placementsInformationAdded(p: { firstName: string; schoolName: string; url: string }): RenderedEmail {
  return {
    templateKey: "placements.information_added",
    subject: `You have added placement information to ${PLACEMENTS_SERVICE_NAME}`,
    body: `Dear ${p.firstName},\n\nYou have added placement information for ${p.schoolName}. Providers can now see it.\n\n[View your placements](${emailLink(p.url)})\n\n${signOff("placements")}`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Registry for previews

export type EmailTemplateEntry = {
  templateKey: string;
  service: ServiceName;
  name: string;
  preview: () => RenderedEmail;
};

const origin = "https://example.education.gov.uk";

export const EMAIL_TEMPLATES: readonly EmailTemplateEntry[] = [
  {
    service: "claims",
    name: "User invited",
    preview: () =>
      claimsUserInvited({
        firstName: "Anne",
        organisationName: "Hogwarts School",
        signInUrl: `${origin}/claims/sign-in`,
      }),
  },
  {
    service: "claims",
    name: "User removed",
    preview: () => claimsUserRemoved({ firstName: "Anne", organisationName: "Hogwarts School" }),
  },
  {
    service: "claims",
    name: "Claim submitted",
    preview: () =>
      claimsClaimSubmitted({
        firstName: "Anne",
        reference: "12345678",
        amountPence: 214_400,
        mentorCount: 2,
        providerName: "Best Practice Network",
        claimUrl: `${origin}/claims/schools/1/claims/2`,
      }),
  },
  {
    service: "claims",
    name: "New draft claim (created by support)",
    preview: () =>
      claimsDraftClaimCreated({
        firstName: "Anne",
        schoolName: "Hogwarts School",
        providerName: "Best Practice Network",
        reference: "12345678",
        claimUrl: `${origin}/claims/schools/1/claims/2`,
      }),
  },
  {
    service: "claims",
    name: "Claim with an invalid provider (weekly reminder to its creator)",
    preview: () =>
      claimsInvalidProviderReminder({
        firstName: "Anne",
        reference: "12345678",
        schoolName: "Hogwarts School",
        providerName: "Best Practice Network",
        claimUrl: `${origin}/claims/schools/1/claims/2`,
      }),
  },
  {
    service: "claims",
    name: "Clawback requested",
    preview: () => claimsClawbackRequested({ firstName: "Anne", reference: "12345678", amountPence: 53_600 }),
  },
  {
    service: "claims",
    name: "School eligible to claim",
    preview: () =>
      claimsSchoolEligible({
        firstName: "Anne",
        schoolName: "Hogwarts School",
        academicYearName: "2025 to 2026",
        signInUrl: `${origin}/claims/sign-in`,
      }),
  },
  {
    service: "claims",
    name: "Deadline reminder",
    preview: () =>
      claimsDeadlineReminder({ firstName: "Anne", deadline: "19 July 2026", signInUrl: `${origin}/claims/sign-in` }),
  },
  {
    service: "claims",
    name: "Nobody at the school has signed in (support reminder)",
    preview: () =>
      claimsSchoolNotSignedIn({
        firstName: "Anne",
        schoolName: "Hogwarts School",
        deadline: "19 July 2026",
        signInUrl: `${origin}/claims/sign-in`,
      }),
  },
  {
    service: "claims",
    name: "School signed in but has not claimed (support reminder)",
    preview: () =>
      claimsSchoolSignedInNotClaimed({
        firstName: "Anne",
        schoolName: "Hogwarts School",
        deadline: "19 July 2026",
        signInUrl: `${origin}/claims/sign-in`,
      }),
  },
  {
    service: "claims",
    name: "Schools have not claimed (support reminder to providers)",
    preview: () => claimsProviderSchoolsNotClaimed({ providerName: "Best Practice Network", deadline: "19 July 2026" }),
  },
  {
    service: "claims",
    name: "Sampling checks required (provider)",
    preview: () =>
      claimsSamplingChecksRequired({
        providerName: "Best Practice Network",
        downloadUrl: `${origin}/claims/sampling/claims?token=example`,
        deadline: "21 July 2026",
      }),
  },
  {
    service: "claims",
    name: "Provider has not assured a claim (to school users; Tuesday reminders)",
    preview: () =>
      claimsRejectedByProvider({
        firstName: "Anne",
        reference: "12345678",
        schoolName: "Hogwarts School",
        providerName: "Best Practice Network",
        comments: [{ mentorName: "Sarah Smith", reason: "The mentor did not attend the training" }],
        claimUrl: `${origin}/claims/schools/1/claims/2`,
      }),
  },
  {
    service: "claims",
    name: "Claims ready for payment (payer)",
    preview: () => claimsPaymentRequested({ downloadUrl: `${origin}/claims/payments/claims?token=example` }),
  },
  {
    service: "claims",
    name: "Claims requiring clawback (payer)",
    preview: () => claimsClawbackRequestedPayer({ downloadUrl: `${origin}/claims/clawback/claims?token=example` }),
  },
  {
    service: "claims",
    name: "Support user invited",
    preview: () => claimsSupportUserInvited({ firstName: "Colin", signInUrl: `${origin}/claims/sign-in` }),
  },
  { service: "claims", name: "Support user removed", preview: () => claimsSupportUserRemoved({ firstName: "Colin" }) },
  {
    service: "placements",
    name: "School user invited",
    preview: () =>
      placementsSchoolUserInvited({
        firstName: "Anne",
        organisationName: "Hogwarts School",
        signInUrl: `${origin}/placements/sign-in`,
      }),
  },
  {
    service: "placements",
    name: "Provider user invited",
    preview: () =>
      placementsProviderUserInvited({
        firstName: "Patricia",
        organisationName: "Best Practice Network",
        signInUrl: `${origin}/placements/sign-in`,
      }),
  },
  {
    service: "placements",
    name: "User removed",
    preview: () => placementsUserRemoved({ firstName: "Anne", organisationName: "Hogwarts School" }),
  },
  {
    service: "placements",
    name: "Partnership created (to provider)",
    preview: () =>
      placementsPartnershipCreated({
        firstName: "Patricia",
        providerName: "Best Practice Network",
        schoolName: "Hogwarts School",
        schoolContactEmail: "itt@hogwarts.example",
        signInUrl: `${origin}/placements/sign-in`,
      }),
  },
  {
    service: "placements",
    name: "Partnership removed (to provider)",
    preview: () =>
      placementsPartnershipDestroyed({
        firstName: "Patricia",
        providerName: "Best Practice Network",
        schoolName: "Hogwarts School",
        schoolContactEmail: "itt@hogwarts.example",
        placements: [{ title: "Mathematics", url: `${origin}/placements/providers/1/partner-schools/2/placements/3` }],
        signInUrl: `${origin}/placements/sign-in`,
      }),
  },
  {
    service: "placements",
    name: "Provider assigned to a placement",
    preview: () =>
      placementsProviderAssigned({
        firstName: "Patricia",
        providerName: "Best Practice Network",
        schoolName: "Hogwarts School",
        schoolContactEmail: "itt@hogwarts.example",
        placementName: "Mathematics",
        url: `${origin}/placements/providers/1/partner-schools/2/placements/3`,
        signInUrl: `${origin}/placements/sign-in`,
      }),
  },
  {
    service: "placements",
    name: "Provider removed from a placement",
    preview: () =>
      placementsProviderRemoved({
        firstName: "Patricia",
        providerName: "Best Practice Network",
        schoolName: "Hogwarts School",
        schoolContactEmail: "itt@hogwarts.example",
        placementName: "Mathematics",
        signInUrl: `${origin}/placements/sign-in`,
      }),
  },
  {
    service: "placements",
    name: "Provider removed from a placement (to the school)",
    preview: () =>
      placementsSchoolRemovedProvider({
        firstName: "Anne",
        providerName: "Best Practice Network",
        providerEmail: "itt@bestpracticenet.example",
        placementName: "Mathematics",
        url: `${origin}/placements/schools/1/placements/2`,
        signInUrl: `${origin}/placements/sign-in`,
      }),
  },
  {
    service: "placements",
    name: "Support user invited",
    preview: () => placementsSupportUserInvited({ firstName: "Colin", signInUrl: `${origin}/placements/sign-in` }),
  },
  {
    service: "placements",
    name: "Support user removed",
    preview: () => placementsSupportUserRemoved({ firstName: "Colin" }),
  },
  {
    service: "placements",
    name: "Placement information added",
    preview: () =>
      placementsInformationAdded({
        firstName: "Anne",
        schoolName: "Hogwarts School",
        url: `${origin}/placements/schools/1/placements`,
      }),
  },
].map((t) => ({ ...t, templateKey: t.preview().templateKey }) as EmailTemplateEntry);

/** The previews for one service's support console, rendered with example data. */
export function emailPreviews(service: ServiceName): (RenderedEmail & { name: string })[] {
  return EMAIL_TEMPLATES.filter((t) => t.service === service).map((t) => ({ name: t.name, ...t.preview() }));
}

/** The subject Notify receives: "[<ENVIRONMENT_NAME>] " before it outside production. */
export function subjectForEnvironment(subject: string, opts: { production: boolean; environmentName: string }): string {
  return opts.production ? subject : `[${opts.environmentName}] ${subject}`;
}
