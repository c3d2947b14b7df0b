import type { TagColour } from "~/components/govuk";

/** The school-level tag providers see for the selected year. */
export const SCHOOL_TAGS: Record<string, { text: string; colour: TagColour }> = {
  available: { text: "Placements available", colour: "green" },
  filled: { text: "No placements available", colour: "blue" },
  interested: { text: "May offer placements", colour: "yellow" },
  not_open: { text: "Not offering placements", colour: "red" },
  unknown: { text: "Placement availability unknown", colour: "grey" },
};
