import { listMyOrganisations } from "../shared/organisation/organisation.service.ts";
import { procedures, router } from "../trpc/init.ts";
import { claimsSchoolRouter } from "./school/school.router.ts";
import { claimsClaimRouter } from "./claim/claim.router.ts";
import { claimsUserRouter } from "../shared/user/organisation-user.router.ts";
import { claimsSupportOrganisationRouter } from "./support/organisations/organisations.router.ts";
import { claimsSupportUserRouter } from "./support/support-users/support-users.router.ts";
import { claimsMentorRouter } from "./mentor/mentor.router.ts";
import { claimsGrantConditionsRouter } from "./grant-conditions/grant-conditions.router.ts";
import { claimWindowRouter } from "./claim-window/claim-window.router.ts";
import { claimsSamplingDownloadRouter } from "./support/sampling/sampling-download.router.ts";
import { claimsSupportSamplingRouter } from "./support/sampling/sampling.router.ts";
import { claimsProviderClaimsRouter } from "./provider-claims/provider-claims.router.ts";
import { claimsSupportClaimsRouter } from "./support/claims/support-claims.router.ts";
import { claimsPaymentLinkRouter, claimsSupportPaymentsRouter } from "./support/payments/payments.router.ts";
import { claimsClawbackLinkRouter, claimsSupportClawbacksRouter } from "./support/clawbacks/clawbacks.router.ts";
import { claimsSupportActivityRouter } from "./support/activity/activity.router.ts";
import { claimsSupportEmailsRouter, claimsSupportJobsRouter } from "./support/jobs-emails.router.ts";
import { claimsSupportRemindersRouter } from "./support/reminders/reminders.router.ts";
import { claimsSupportUserExportRouter } from "./support/user-export/user-export.router.ts";
import { claimsSupportEligibleSchoolsRouter } from "./support/eligible-schools/eligible-schools.router.ts";
import {
  claimsSupportProviderUserInvitesRouter,
  claimsSupportSchoolUserInvitesRouter,
} from "./support/user-invites/user-invites.router.ts";
import { claimsSupportManuallyOnboardedSchoolsRouter } from "./support/manually-onboarded-schools/manually-onboarded-schools.router.ts";

/** The claims namespace: `claims.<feature>.<verb>`. Feature routers are merged here. */
export const claimsRouter = router({
  organisation: router({
    mine: procedures.claimsUser.query(({ ctx }) => listMyOrganisations(ctx.db, ctx.user)),
  }),
  school: claimsSchoolRouter,
  paymentLink: claimsPaymentLinkRouter,
  clawbackLink: claimsClawbackLinkRouter,
  claim: claimsClaimRouter,
  mentor: claimsMentorRouter,
  grantConditions: claimsGrantConditionsRouter,
  user: claimsUserRouter,
  providerClaims: claimsProviderClaimsRouter,
  samplingDownload: claimsSamplingDownloadRouter,
  support: router({
    claims: claimsSupportClaimsRouter,
    payments: claimsSupportPaymentsRouter,
    clawbacks: claimsSupportClawbacksRouter,
    sampling: claimsSupportSamplingRouter,
    activity: claimsSupportActivityRouter,
    claimWindow: claimWindowRouter,
    organisation: claimsSupportOrganisationRouter,
    supportUser: claimsSupportUserRouter,
    emails: claimsSupportEmailsRouter,
    jobs: claimsSupportJobsRouter,
    reminders: claimsSupportRemindersRouter,
    userExport: claimsSupportUserExportRouter,
    eligibleSchools: claimsSupportEligibleSchoolsRouter,
    schoolUserInvites: claimsSupportSchoolUserInvitesRouter,
    providerUserInvites: claimsSupportProviderUserInvitesRouter,
    manuallyOnboardedSchools: claimsSupportManuallyOnboardedSchoolsRouter,
  }),
});
