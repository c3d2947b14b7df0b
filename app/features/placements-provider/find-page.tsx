import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import {
  Button,
  Checkboxes,
  ErrorSummary,
  Pagination,
  Radios,
  SummaryList,
  Tag,
  TextInput,
  errorSummaryItems,
} from "~/components/govuk";
import { pageTitle } from "~/lib/services";
import { findLoader } from "./find.server";
import { SCHOOL_TAGS } from "./school-tags";
import { travelTimeLines } from "./travel-time";
import { SelectedFilters, type FilterTagGroup } from "./selected-filters";

export const loader = findLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle("Find schools hosting placements", "placements", Object.keys(data?.errors ?? {}).length > 0) },
];

const ITT_LABELS: Record<string, string> = {
  interested: "May offer placements",
  not_open: "Not offering placements",
  unfilled: "Placements available",
  filled: "No placements available",
};
const YEAR_GROUP_LABELS: Record<string, string> = {
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

type Filters = ReturnType<typeof useLoaderData<typeof loader>>["filters"];
type ListKey = "phase" | "itt" | "lastOffered" | "yearGroup" | "subject";

/** The URL of the current search with one change (filters in the URL, page back to 1). */
function hrefWith(base: string, filters: Filters, change: Partial<Filters>) {
  const next = { ...filters, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.search) params.set("search", next.search);
  if (next.location) params.set("location", next.location);
  if (next.place && next.location) params.set("place", next.place);
  if (next.partner) params.set("partner", "1");
  for (const key of ["phase", "itt", "lastOffered", "yearGroup", "subject"] as const) {
    for (const v of next[key]) params.append(key, v);
  }
  if (next.send) params.set("send", "1");
  if (next.show) params.set("show", next.show);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  // An empty search is marked so the remembered filters are not restored over it.
  return `${base}?${query || "show=active"}`;
}

function HiddenFilters({ filters, except }: { filters: Filters; except: string[] }) {
  const hidden: [string, string][] = [];
  if (filters.search && !except.includes("search")) hidden.push(["search", filters.search]);
  if (filters.location && !except.includes("location")) hidden.push(["location", filters.location]);
  if (filters.partner) hidden.push(["partner", "1"]);
  for (const key of ["phase", "itt", "lastOffered", "yearGroup", "subject"] as const) {
    for (const v of filters[key]) hidden.push([key, v]);
  }
  if (filters.send) hidden.push(["send", "1"]);
  if (filters.show) hidden.push(["show", filters.show]);
  return (
    <>
      {hidden.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

export default function FindPage() {
  const { providerId, filters, values, result, options, errors } = useLoaderData<typeof loader>();
  const base = `/placements/providers/${providerId}/find`;
  const subjectName = new Map(options.subjects.map((s) => [s.id, s.name]));
  const yearName = new Map(options.pastYears.map((y) => [y.id, y.name]));
  const lastOfferedLabel = (v: string) => (v === "none" ? "No recent placements" : (yearName.get(v) ?? v));

  const tags: FilterTagGroup[] = [
    {
      group: "Search",
      items: filters.search ? [{ text: filters.search, href: hrefWith(base, filters, { search: undefined }) }] : [],
    },
    {
      group: "Location",
      items: filters.location
        ? [
            {
              text: result.location.kind === "found" ? result.location.place.name : filters.location,
              href: hrefWith(base, filters, { location: undefined, place: undefined }),
            },
          ]
        : [],
    },
    {
      group: "Schools I work with",
      items: filters.partner
        ? [{ text: "Only schools I work with", href: hrefWith(base, filters, { partner: false }) }]
        : [],
    },
    {
      group: "Schools to show",
      items:
        filters.show === "all" ? [{ text: "All schools", href: hrefWith(base, filters, { show: undefined }) }] : [],
    },
    ...(
      [
        ["Phase", "phase", (v: string) => v],
        ["ITT status", "itt", (v: string) => ITT_LABELS[v] ?? v],
        ["Last offered placements", "lastOffered", lastOfferedLabel],
        ["Primary year groups", "yearGroup", (v: string) => YEAR_GROUP_LABELS[v] ?? v],
        ["Secondary subjects", "subject", (v: string) => subjectName.get(v) ?? "Unknown subject"],
      ] as [string, ListKey, (v: string) => string][]
    ).map(([group, key, label]) => ({
      group,
      items: (filters[key] as string[]).map((v) => ({
        text: label(v),
        href: hrefWith(base, filters, { [key]: (filters[key] as string[]).filter((x) => x !== v) }),
      })),
    })),
    {
      group: "SEND",
      items: filters.send ? [{ text: "SEND placements only", href: hrefWith(base, filters, { send: false }) }] : [],
    },
  ].filter((g) => g.items.length > 0);

  const errorItems = errorSummaryItems(errors, ["search", "location"]);
  const { schools, total, page, totalPages } = result;
  return (
    <>
      <ErrorSummary errors={errorItems} />
      <h1 className="govuk-heading-l">Find schools hosting placements</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <form method="get" action={base} className="app-filter" aria-label="Filter schools">
            <h2 className="govuk-heading-m">Filter</h2>
            <SelectedFilters tags={tags} clearHref={`${base}?clear=1`} />
            <Button>Apply filters</Button>
            <TextInput
              name="search"
              label="Search by school name or URN"
              labelClassName="govuk-label--s"
              defaultValue={values.search}
              error={errors.search}
            />
            <TextInput
              name="location"
              label="Location"
              labelClassName="govuk-label--s"
              hint="Enter a postcode, town or city"
              defaultValue={values.location}
              error={errors.location}
              autoComplete="postal-code"
            />
            <Checkboxes
              name="partner"
              legend="Schools I work with"
              legendClassName="govuk-fieldset__legend--s"
              small
              values={filters.partner ? ["1"] : []}
              items={[{ value: "1", text: "Only show schools I work with" }]}
            />
            <Radios
              name="show"
              legend="Schools to show"
              legendClassName="govuk-fieldset__legend--s"
              small
              value={filters.show ?? "active"}
              items={[
                { value: "active", text: "Schools that have said whether they can host placements" },
                { value: "all", text: "All schools" },
              ]}
            />
            <Checkboxes
              name="phase"
              legend="Phase"
              legendClassName="govuk-fieldset__legend--s"
              small
              values={filters.phase}
              items={["Primary", "Secondary"].map((v) => ({ value: v, text: v }))}
            />
            <Checkboxes
              name="itt"
              legend="ITT status"
              legendClassName="govuk-fieldset__legend--s"
              small
              values={filters.itt}
              items={Object.entries(ITT_LABELS).map(([value, text]) => ({ value, text }))}
            />
            <Checkboxes
              name="send"
              legend="SEND"
              legendClassName="govuk-fieldset__legend--s"
              small
              values={filters.send ? ["1"] : []}
              items={[{ value: "1", text: "Only show schools with SEND placements" }]}
            />
            <Checkboxes
              name="lastOffered"
              legend="Last offered placements"
              legendClassName="govuk-fieldset__legend--s"
              small
              values={filters.lastOffered}
              items={[
                ...options.pastYears.map((y) => ({ value: y.id, text: y.name })),
                { value: "none", text: "No recent placements" },
              ]}
            />
            <Checkboxes
              name="yearGroup"
              legend="Primary year groups"
              legendClassName="govuk-fieldset__legend--s"
              small
              values={filters.yearGroup}
              items={Object.entries(YEAR_GROUP_LABELS).map(([value, text]) => ({ value, text }))}
            />
            <Checkboxes
              name="subject"
              legend="Secondary subjects"
              legendClassName="govuk-fieldset__legend--s"
              small
              values={filters.subject}
              items={options.subjects.map((s) => ({ value: s.id, text: s.name }))}
            />
            <Button>Apply filters</Button>
          </form>
        </div>
        <div className="govuk-grid-column-two-thirds">
          {result.location.kind === "ambiguous" ? (
            <form method="get" action={base}>
              <HiddenFilters filters={filters} except={[]} />
              <Radios
                name="place"
                legend={<h2 className="govuk-fieldset__heading">Which location did you mean?</h2>}
                legendClassName="govuk-fieldset__legend--m"
                hint={`More than one place matches ‘${filters.location}’`}
                items={result.location.options.map((o) => ({ value: o.id, text: o.name }))}
              />
              <Button>Continue</Button>
            </form>
          ) : (
            <>
              <h2 className="govuk-heading-m" id="results-heading">
                {total} {total === 1 ? "school" : "schools"} found
              </h2>
              {result.location.kind === "found" ? (
                <p className="govuk-body">Schools within 50 miles of {result.location.place.name}, nearest first.</p>
              ) : null}
              {schools.length === 0 ? (
                <p className="govuk-body">There are no schools that match your search. Try changing your filters.</p>
              ) : (
                <ul className="govuk-list app-results" aria-labelledby="results-heading">
                  {schools.map((s) => (
                    <li key={s.id} className="app-results__item">
                      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                        <a className="govuk-link" href={`${base}/${s.id}/placements`}>
                          {s.name}
                        </a>
                      </h3>
                      <Tag colour={SCHOOL_TAGS[s.tag].colour}>{SCHOOL_TAGS[s.tag].text}</Tag>
                      <SummaryList
                        className="govuk-!-margin-top-2"
                        rows={[
                          { key: "Phase", value: s.phase ?? "Not entered" },
                          { key: "Address", value: [s.town, s.postcode].filter(Boolean).join(", ") || "Not entered" },
                          ...(s.distanceMiles !== null
                            ? [{ key: "Distance", value: `${s.distanceMiles.toFixed(1)} miles` }]
                            : []),
                          ...(travelTimeLines(s.travelTimes).length
                            ? [
                                {
                                  key: "Travel time",
                                  value: (
                                    <ul className="govuk-list govuk-!-margin-bottom-0">
                                      {travelTimeLines(s.travelTimes).map((line) => (
                                        <li key={line}>{line}</li>
                                      ))}
                                    </ul>
                                  ),
                                },
                              ]
                            : []),
                        ]}
                      />
                    </li>
                  ))}
                </ul>
              )}
              <Pagination
                currentPage={page}
                totalPages={totalPages}
                hrefForPage={(n) => hrefWith(base, filters, { page: n })}
              />
            </>
          )}
        </div>
      </div>
    </>
  );
}
