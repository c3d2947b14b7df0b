/** Where the invite uploads start and return (shared by pages and loaders). */
export const SETTINGS_PATH = "/claims/support/settings";
export const SCHOOL_USER_INVITES_PATH = "/claims/support/schools/invite-users/new";
export const PROVIDER_USER_INVITES_PATH = "/claims/support/providers/invite-users/new";
