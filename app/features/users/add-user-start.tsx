import { addUserStartLoader } from "./users.server";

/** GET …/users/new: a fresh wizard, then its first step. */
export const loader = addUserStartLoader;
