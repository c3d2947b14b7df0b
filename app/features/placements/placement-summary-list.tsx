import type { ReactNode } from "react";
import { SummaryList, type SummaryListAction } from "~/components/govuk";

/**
 * A placement's details as a GOV.UK summary list, for the school's placement page, its preview and the provider's
 * placement page. `change` gives each row's Change link (school only); omitted rows have none.
 */
export type PlacementSummary = {
  subject: string | null;
  additionalSubjects: string[];
  yearGroupLabel: string | null;
  keyStage: string | null;
  academicYear: { name: string };
  expectedDate: string;
  mentors: { name: string }[];
  provider: { name: string } | null;
};

type Row = "yearGroup" | "keyStage" | "terms" | "mentors" | "provider";

export function PlacementSummaryList({
  placement,
  change = {},
  showMentors = true,
  showProvider = true,
  providerValue,
}: {
  placement: PlacementSummary;
  change?: Partial<Record<Row, SummaryListAction>>;
  showMentors?: boolean;
  showProvider?: boolean;
  /** Replaces "Not yet known" when the placement has no provider (the school's "Assign a provider" link). */
  providerValue?: ReactNode;
}) {
  const actions = (row: Row) => (change[row] ? [change[row]] : undefined);
  return (
    <SummaryList
      rows={[
        placement.subject
          ? {
              key: "Subject",
              value: placement.additionalSubjects.length
                ? `${placement.subject} – ${placement.additionalSubjects.join(", ")}`
                : placement.subject,
            }
          : null,
        placement.yearGroupLabel
          ? { key: "Year group", value: placement.yearGroupLabel, actions: actions("yearGroup") }
          : null,
        placement.keyStage ? { key: "Key stage", value: placement.keyStage, actions: actions("keyStage") } : null,
        { key: "Academic year", value: placement.academicYear.name },
        { key: "Expected date", value: placement.expectedDate, actions: actions("terms") },
        showMentors
          ? {
              key: "Mentor",
              value: placement.mentors.length ? placement.mentors.map((m) => m.name).join(", ") : "Not yet known",
              actions: actions("mentors"),
            }
          : null,
        showProvider
          ? {
              key: "Provider",
              value: placement.provider?.name ?? providerValue ?? "Not yet known",
              actions: actions("provider"),
            }
          : null,
      ]}
    />
  );
}
