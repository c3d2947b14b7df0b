import { useLoaderData } from "@remix-run/react";
import { Button, Checkboxes, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { myPlacementsLoader } from "./my-placements.server";
import { SelectedFilters } from "./selected-filters";

export const meta = govukMeta("Placements");
export const loader = myPlacementsLoader;

type Filters = ReturnType<typeof useLoaderData<typeof loader>>["filters"];
type Key = keyof Filters;
const KEYS: Key[] = ["school", "subject", "phase"];
const PHASE_LABELS: Record<string, string> = { primary: "Primary", secondary: "Secondary" };

/** The URL of the list with one filter value removed (the filters live in the URL). */
function hrefWithout(base: string, filters: Filters, key: Key, value: string) {
  const params = new URLSearchParams();
  for (const k of KEYS) for (const v of filters[k]) if (!(k === key && v === value)) params.append(k, v);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** My placements: the placements assigned to this provider in the selected year, filtered by school, subject, phase. */
export default function MyPlacementsPage() {
  const { providerId, filters, placements, options } = useLoaderData<typeof loader>();
  const base = `/placements/providers/${providerId}/placements`;
  const schoolName = new Map(options.schools.map((s) => [s.id, s.name]));
  const subjectName = new Map(options.subjects.map((s) => [s.id, s.name]));
  const labels: Record<Key, (v: string) => string> = {
    school: (v) => schoolName.get(v) ?? "Unknown school",
    subject: (v) => subjectName.get(v) ?? "Unknown subject",
    phase: (v) => PHASE_LABELS[v] ?? v,
  };
  const groups: Record<Key, string> = { school: "School", subject: "Subject", phase: "Phase" };
  const tags = KEYS.map((key) => ({
    group: groups[key],
    items: filters[key].map((v) => ({ text: labels[key](v), href: hrefWithout(base, filters, key, v) })),
  })).filter((g) => g.items.length > 0);

  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Placements</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <form method="get" action={base} className="app-filter" aria-label="Filter placements">
            <h2 className="govuk-heading-m">Filter</h2>
            <SelectedFilters tags={tags} clearHref={base} />
            <Button>Apply filters</Button>
            <Checkboxes
              name="school"
              legend="School"
              legendClassName="govuk-fieldset__legend--s"
              small
              values={filters.school}
              items={options.schools.map((s) => ({ value: s.id, text: s.name }))}
            />
            <Checkboxes
              name="subject"
              legend="Subject"
              legendClassName="govuk-fieldset__legend--s"
              small
              values={filters.subject}
              items={options.subjects.map((s) => ({ value: s.id, text: s.name }))}
            />
            <Checkboxes
              name="phase"
              legend="Phase"
              legendClassName="govuk-fieldset__legend--s"
              small
              values={filters.phase}
              items={Object.entries(PHASE_LABELS).map(([value, text]) => ({ value, text }))}
            />
            <Button>Apply filters</Button>
          </form>
        </div>
        <div className="govuk-grid-column-two-thirds">
          {placements.length === 0 ? (
            <p className="govuk-body">
              {tags.length
                ? "There are no placements that match your filters. Try changing your filters."
                : "There are no placements assigned to you in this academic year."}
            </p>
          ) : (
            <Table
              caption={`${placements.length} ${placements.length === 1 ? "placement" : "placements"}`}
              head={["Placement", "School"]}
              rows={placements.map((p) => [
                <a key={p.id} className="govuk-link" href={`${base}/${p.id}`}>
                  {p.title}
                </a>,
                p.school.name,
              ])}
            />
          )}
        </div>
      </div>
    </>
  );
}
