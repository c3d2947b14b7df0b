/**
 * The words of the partnership pages, per side: a school's "Providers you work with" and a provider's "Schools you
 * work with" (the reference's wording).
 */
export type PartnershipSide = "school" | "provider";

export const PARTNERSHIP_WORDING = {
  school: {
    partner: "provider",
    listTitle: "Providers you work with",
    intro: "Add providers to be able to assign them to your placements.",
    add: "Add provider",
    referenceHeader: "UK provider reference number (UKPRN)",
    empty: (org: string) => `There are no providers for ${org}.`,
    addTitle: "Add a provider",
    caption: "Provider details",
    hint: "Enter a provider name, United Kingdom provider number (UKPRN), unique reference number (URN) or postcode",
    checkTitle: "Confirm provider details",
    checkHeading: "Provider",
    confirm: "Confirm and add provider",
    added: "Provider added",
    addedBody: (name: string) => `You can now add ${name} to your placements.`,
    deleteLink: "Delete provider",
    removeTitle: "Are you sure you want to delete this provider?",
    deleted: "Provider deleted",
    deletedBody: (name: string) => `You can no longer assign ${name} to your placements.`,
  },
  provider: {
    partner: "school",
    listTitle: "Schools you work with",
    intro: "Only schools you work with are able to assign you their placements.",
    add: "Add school",
    referenceHeader: "Unique reference number (URN)",
    empty: (org: string) => `There are no partner schools for ${org}.`,
    addTitle: "Add a school",
    caption: "School details",
    hint: "Enter a school name, unique reference number (URN) or postcode",
    checkTitle: "Confirm school details",
    checkHeading: "School",
    confirm: "Confirm and add school",
    added: "School added",
    addedBody: () => undefined,
    deleteLink: "Delete school",
    removeTitle: "Are you sure you want to delete this school?",
    deleted: "School deleted",
    deletedBody: (name: string) => `${name} can no longer assign you to their placements.`,
  },
} as const;

/** Where a side's partnership pages live. */
export function partnershipsPath(side: PartnershipSide, orgId: string) {
  return side === "school"
    ? `/placements/schools/${orgId}/partner-providers`
    : `/placements/providers/${orgId}/partner-schools`;
}
