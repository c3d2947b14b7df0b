import { Table } from "~/components/govuk";
import { formatPence } from "~/lib/format";

export type MentorClawbackRow = {
  mentorTrainingId: string;
  name: string;
  hoursClaimed: number;
  hoursWorked: number | null;
  hoursClawedBack: number | null;
  clawbackPence: number | null;
  changeHref?: string | null;
};

const hours = (n: number | null) => (n === null ? "" : `${n} ${n === 1 ? "hour" : "hours"}`);

/** Per mentor: hours claimed, worked and clawed back, the rate and the amount; the totals in the last row. */
export function MentorClawbackTable({
  rows,
  ratePence,
  totalPence,
}: {
  rows: MentorClawbackRow[];
  ratePence: number;
  totalPence: number;
}) {
  const withChange = rows.some((r) => r.changeHref);
  return (
    <Table
      caption="Clawback by mentor"
      captionClassName="govuk-table__caption--m"
      firstCellIsHeader
      head={[
        "Mentor",
        "Hours claimed",
        "Hours worked",
        "Hours clawed back",
        "Rate",
        "Clawback amount",
        ...(withChange ? [{ text: <span className="govuk-visually-hidden">Action</span> }] : []),
      ]}
      rows={[
        ...rows.map((r) => [
          r.name,
          hours(r.hoursClaimed),
          hours(r.hoursWorked),
          hours(r.hoursClawedBack),
          formatPence(ratePence),
          r.clawbackPence === null ? "" : formatPence(r.clawbackPence),
          ...(withChange
            ? [
                r.changeHref ? (
                  <a key="c" className="govuk-link" href={r.changeHref}>
                    Change<span className="govuk-visually-hidden"> clawback for {r.name}</span>
                  </a>
                ) : (
                  ""
                ),
              ]
            : []),
        ]),
        [
          "Total",
          hours(rows.reduce((s, r) => s + r.hoursClaimed, 0)),
          "",
          hours(rows.reduce((s, r) => s + (r.hoursClawedBack ?? 0), 0)),
          "",
          formatPence(totalPence),
          ...(withChange ? [""] : []),
        ],
      ]}
    />
  );
}
