/** The mentors pages are shared by claims and placements; only their wording differs. */
export type MentorService = "claims" | "placements";

export const MENTOR_TEXTS = {
  claims: {
    listIntro: (school: string) => `Add mentors to be able to include them in claims for ${school}.`,
    mentorStepHeading: "Mentor details",
    checkHeading: "Confirm mentor details",
    addedBody: (name: string) => `You are now able to add ${name} to a claim`,
    removeLink: "Remove mentor",
    removeQuestion: "Are you sure you want to remove this mentor?",
    removeConsequence: (name: string) => `You will no longer be able to add ${name} to claims for this school.`,
    cannotRemove: "You cannot remove this mentor",
    removedBanner: "Mentor removed",
  },
  placements: {
    listIntro: (school: string) => `Add mentors to be able to assign them to placements at ${school}.`,
    mentorStepHeading: "Find teacher",
    checkHeading: "Check your answers",
    addedBody: () => "You can now assign them to placements.",
    removeLink: "Delete mentor",
    removeQuestion: "Are you sure you want to delete this mentor?",
    removeConsequence: (name: string) => `You will no longer be able to assign ${name} to placements.`,
    cannotRemove: "You cannot delete this mentor",
    removedBanner: "Mentor deleted",
  },
} as const;

export const mentorsPath = (service: MentorService, schoolId: string) => `/${service}/schools/${schoolId}/mentors`;
