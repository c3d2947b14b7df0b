import { addMentorStartLoader } from "./mentors.server";

/** GET …/mentors/new: a fresh wizard, then its first step. */
export const loader = addMentorStartLoader;
