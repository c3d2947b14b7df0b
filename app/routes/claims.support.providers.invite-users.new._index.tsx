export { providerUserInvitesStartLoader as loader } from "~/features/claims/support-user-invites/user-invites.server";
