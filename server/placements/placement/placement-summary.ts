/**
 * How a placement and a school's placement availability read, for school and provider pages alike.
 */
import type { Appetite, PlacementYearGroup } from "#prisma/generated/enums.ts";

export const YEAR_GROUP_LABELS: Record<PlacementYearGroup, string> = {
  nursery: "Nursery",
  reception: "Reception",
  year_1: "Year 1",
  year_2: "Year 2",
  year_3: "Year 3",
  year_4: "Year 4",
  year_5: "Year 5",
  year_6: "Year 6",
  mixed_year_groups: "Mixed year groups",
};
export const YEAR_GROUPS = Object.keys(YEAR_GROUP_LABELS) as PlacementYearGroup[];

/** Terms in the order of the year (names as stored in `terms`). */
export const TERM_ORDER = ["Autumn term", "Spring term", "Summer term"];

export type PlacementForTitle = {
  sendSpecific: boolean;
  subject: { name: string } | null;
  additionalSubjects: { subject: { name: string } }[];
  keyStage: { name: string } | null;
  yearGroup: PlacementYearGroup | null;
};

function sentence(items: string[]) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The placement's title: "SEND (Key stage 2)"; the child subjects ("French and Spanish") or the subject
 * ("Mathematics"); with " (Year 1)" when it has a year group.
 */
export function placementTitle(p: PlacementForTitle) {
  if (p.sendSpecific) return `SEND (${p.keyStage?.name ?? "Key stage not entered"})`;
  const children = p.additionalSubjects.map((a) => a.subject.name);
  const subject = children.length ? sentence(children) : (p.subject?.name ?? "Subject not entered");
  return p.yearGroup ? `${subject} (${YEAR_GROUP_LABELS[p.yearGroup]})` : subject;
}

/** "Autumn term, Spring term" in the order of the year; no term stored means any time in the academic year. */
export function expectedDate(terms: { name: string }[]) {
  if (terms.length === 0) return "Any time in the academic year";
  const names = terms.map((t) => t.name);
  return names.sort((a, b) => TERM_ORDER.indexOf(a) - TERM_ORDER.indexOf(b)).join(", ");
}

export type PlacementStatusTag = { text: string; colour: "grey" | "green" | "blue" | "red" };

/** The school's view of its placement: a draft, available to providers, or assigned. */
export function schoolPlacementStatusTag(p: { status: "draft" | "published"; providerId: string | null }) {
  if (p.status === "draft") return { text: "Draft", colour: "grey" } satisfies PlacementStatusTag;
  return p.providerId
    ? ({ text: "Assigned to provider", colour: "blue" } satisfies PlacementStatusTag)
    : ({ text: "Available", colour: "green" } satisfies PlacementStatusTag);
}

export type InterestTag = { text: string; colour: "green" | "blue" | "yellow" | "red" | "grey" };

/**
 * A school's placement availability for a year, as providers see it: offering with placements available or all
 * filled, may offer, not offering, or unknown.
 */
export function interestTag(
  appetite: Appetite | null | undefined,
  published: { available: number; assigned: number },
): InterestTag {
  if (appetite === "not_open") return { text: "Not offering placements", colour: "red" };
  if (appetite === "interested") return { text: "May offer placements", colour: "yellow" };
  if (published.available > 0) return { text: "Placements available", colour: "green" };
  if (published.assigned > 0) return { text: "No placements available", colour: "blue" };
  return { text: "Placement availability unknown", colour: "grey" };
}
