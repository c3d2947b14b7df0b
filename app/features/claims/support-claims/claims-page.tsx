import type { SerializeFrom } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import {
  Button,
  Checkboxes,
  DateInput,
  ErrorSummary,
  ListedLimitNote,
  Pagination,
  Radios,
  TextInput,
  errorSummaryItems,
} from "~/components/govuk";
import { AutocompleteField } from "~/components/forms/AutocompleteField";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { RenderedOnce } from "~/components/rendered-once/RenderedOnce";
import { formatDate, formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import type { SuggestionList } from "~/lib/suggestions.client";
import { ClaimStatusTag, claimStatusLabel } from "../status-tag";
import { ClaimsNavigation } from "./claims-navigation";
import { SUPPORT_CLAIMS_PATH } from "./paths";
import { supportClaimsLoader } from "./support-claims.server";

export const meta = govukMeta<{ total: number }>((d) => `Claims (${(d?.total ?? 0).toLocaleString("en-GB")})`);
export const loader = supportClaimsLoader;

const LISTED_STATUSES = [
  "submitted",
  "payment_in_progress",
  "payment_information_requested",
  "payment_information_sent",
  "paid",
  "payment_not_approved",
  "sampling_in_progress",
  "sampling_provider_not_approved",
  "sampling_not_approved",
  "clawback_requested",
  "clawback_in_progress",
  "clawback_complete",
  "invalid_provider",
  "clawback_requires_approval",
  "clawback_rejected",
];
const TRAINING_TYPE_LABELS: Record<string, string> = { initial: "Initial training", refresher: "Refresher training" };
const windowLabel = (w: { startsOn: string; endsOn: string }) => `${formatDate(w.startsOn)} to ${formatDate(w.endsOn)}`;

type Tag = { label: string; href: string };

/** The URL without one value of one filter (or without the whole filter when value is omitted). */
function without(search: string, name: string, value?: string) {
  const params = new URLSearchParams(search);
  if (value === undefined) {
    for (const key of [...params.keys()]) if (key === name || key.startsWith(`${name}-`)) params.delete(key);
  } else {
    const kept = params.getAll(name).filter((v) => v !== value);
    params.delete(name);
    for (const v of kept) params.append(name, v);
  }
  params.delete("page");
  params.set("applied", "1");
  return `${SUPPORT_CLAIMS_PATH}?${params}`;
}

export default function SupportClaimsPage() {
  const data = useLoaderData<typeof loader>();
  const { filters, options, dates, errors, searches, search } = data;
  const year = options.academicYears.find((y) => y.id === filters.academicYearId);
  const nameOf = <T extends { id: string; name: string }>(list: T[], id: string) =>
    list.find((x) => x.id === id)?.name ?? "Unknown";

  const tags: { heading: string; items: Tag[] }[] = [
    {
      heading: "Claim reference",
      items: filters.reference ? [{ label: filters.reference, href: without(search, "reference") }] : [],
    },
    {
      heading: "School",
      items: filters.schoolIds.map((id) => ({
        label: nameOf(options.schools, id),
        href: without(search, "schoolIds", id),
      })),
    },
    {
      heading: "Accredited provider",
      items: filters.providerIds.map((id) => ({
        label: nameOf(options.providers, id),
        href: without(search, "providerIds", id),
      })),
    },
    {
      heading: "Submitted after",
      items: filters.submittedAfter
        ? [{ label: formatDate(filters.submittedAfter), href: without(search, "submittedAfter") }]
        : [],
    },
    {
      heading: "Submitted before",
      items: filters.submittedBefore
        ? [{ label: formatDate(filters.submittedBefore), href: without(search, "submittedBefore") }]
        : [],
    },
    {
      heading: "Status",
      items: filters.statuses.map((s) => ({ label: claimStatusLabel(s), href: without(search, "statuses", s) })),
    },
    {
      heading: "Claim window",
      items: filters.claimWindowIds.map((id) => {
        const w = year?.windows.find((x) => x.id === id);
        return { label: w ? windowLabel(w) : "Unknown", href: without(search, "claimWindowIds", id) };
      }),
    },
    {
      heading: "Mentor",
      items: filters.mentorIds.map((id) => ({
        label: nameOf(options.mentors, id),
        href: without(search, "mentorIds", id),
      })),
    },
    {
      heading: "Support user",
      items: filters.supportUserIds.map((id) => ({
        label: id === "unassigned" ? "Unassigned" : nameOf(options.supportUsers, id),
        href: without(search, "supportUserIds", id),
      })),
    },
    {
      heading: "Training type",
      items: filters.trainingTypes.map((t) => ({
        label: TRAINING_TYPE_LABELS[t] ?? t,
        href: without(search, "trainingTypes", t),
      })),
    },
  ].filter((group) => group.items.length > 0);

  const pageHref = (n: number) => {
    const params = new URLSearchParams(search);
    params.set("page", String(n));
    params.set("applied", "1");
    return `${SUPPORT_CLAIMS_PATH}?${params}`;
  };

  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Claims ({data.total.toLocaleString("en-GB")})</h1>
      <ClaimsNavigation />
      <ErrorSummary
        errors={errorSummaryItems(errors, ["submittedAfter", "submittedBefore"], {
          targets: { submittedAfter: "submittedAfter-day", submittedBefore: "submittedBefore-day" },
        })}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <form method="get" action={SUPPORT_CLAIMS_PATH} aria-label="Filter claims" className="app-filter">
            <input type="hidden" name="applied" value="1" />
            <h2 className="govuk-heading-m">Filter</h2>
            <Button type="submit">Apply filters</Button>
            <TextInput
              name="reference"
              label="Claim reference"
              labelClassName="govuk-label--s"
              defaultValue={filters.reference ?? ""}
              spellCheck={false}
            />
            <SearchableFilter
              name="schoolIds"
              searchName="schoolSearch"
              legend="School"
              searchLabel="Search for a school by name or URN"
              query={searches.schoolSearch ?? ""}
              items={options.schools.map((s) => ({ value: s.id, text: s.urn ? `${s.name} (${s.urn})` : s.name }))}
              values={filters.schoolIds}
              suggestions="schools"
            />
            <SearchableFilter
              name="providerIds"
              searchName="providerSearch"
              legend="Accredited provider"
              searchLabel="Search for a provider by name or code"
              query={searches.providerSearch ?? ""}
              items={options.providers.map((p) => ({ value: p.id, text: p.name }))}
              values={filters.providerIds}
              suggestions="providers"
            />
            <DateInput
              name="submittedAfter"
              legend="Submitted after"
              legendClassName="govuk-fieldset__legend--s"
              hint="For example, 27 3 2026"
              values={dates.submittedAfter}
              error={errors.submittedAfter}
            />
            <DateInput
              name="submittedBefore"
              legend="Submitted before"
              legendClassName="govuk-fieldset__legend--s"
              hint="For example, 27 3 2026"
              values={dates.submittedBefore}
              error={errors.submittedBefore}
            />
            <Checkboxes
              name="statuses"
              legend="Status"
              legendClassName="govuk-fieldset__legend--s"
              small
              items={LISTED_STATUSES.map((s) => ({ value: s, text: claimStatusLabel(s) }))}
              values={filters.statuses}
            />
            {options.academicYears.length > 0 ? (
              <Radios
                name="academicYearId"
                legend="Academic year"
                legendClassName="govuk-fieldset__legend--s"
                small
                items={options.academicYears.map((y) => ({ value: y.id, text: y.name }))}
                value={filters.academicYearId ?? null}
              />
            ) : null}
            {year && year.windows.length > 0 ? (
              <Checkboxes
                name="claimWindowIds"
                legend="Claim window"
                legendClassName="govuk-fieldset__legend--s"
                small
                items={year.windows.map((w) => ({ value: w.id, text: windowLabel(w) }))}
                values={filters.claimWindowIds}
              />
            ) : null}
            <SearchableFilter
              name="mentorIds"
              searchName="mentorSearch"
              legend="Mentor"
              searchLabel="Search for a mentor by name or TRN"
              query={searches.mentorSearch ?? ""}
              items={options.mentors.map((m) => ({ value: m.id, text: `${m.name} (${m.trn})` }))}
              values={filters.mentorIds}
            />
            <Checkboxes
              name="supportUserIds"
              legend="Support user"
              legendClassName="govuk-fieldset__legend--s"
              small
              items={[
                { value: "unassigned", text: "Unassigned" },
                ...options.supportUsers.map((u) => ({ value: u.id, text: u.name })),
              ]}
              values={filters.supportUserIds}
            />
            <Checkboxes
              name="trainingTypes"
              legend="Training type"
              legendClassName="govuk-fieldset__legend--s"
              small
              items={Object.entries(TRAINING_TYPE_LABELS).map(([value, text]) => ({ value, text }))}
              values={filters.trainingTypes}
            />
            <Button type="submit">Apply filters</Button>
          </form>
        </div>
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-button-group">
            <Button variant="secondary" href={data.exportHref}>
              Download CSV
            </Button>
          </div>
          {tags.length > 0 ? (
            <div className="app-selected-filters">
              <h2 className="govuk-heading-s">Selected filters</h2>
              {tags.map((group) => (
                <div key={group.heading}>
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{group.heading}</h3>
                  <ul className="app-filter-tags">
                    {group.items.map((tag) => (
                      <li key={tag.href}>
                        <a className="app-filter-tag" href={tag.href}>
                          <span className="govuk-visually-hidden">Remove this filter </span>
                          {tag.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              <p className="govuk-body">
                <a className="govuk-link" href={`${SUPPORT_CLAIMS_PATH}?clear=1`}>
                  Clear filters
                </a>
              </p>
            </div>
          ) : null}
          {data.claims.length === 0 ? (
            <p className="govuk-body">There are no claims that match your filters.</p>
          ) : (
            <ul className="govuk-list app-claim-cards">
              {data.claims.map((c) => (
                <RenderedOnce
                  key={c.id}
                  as="li"
                  className="app-claim-card"
                  cacheKey={`support claim card\n${JSON.stringify(c)}`}
                  render={() => <ClaimCard claim={c} />}
                />
              ))}
            </ul>
          )}
          <Pagination currentPage={data.page} totalPages={data.totalPages} hrefForPage={pageHref} />
          <ListedLimitNote
            page={data.page}
            totalPages={data.totalPages}
            listedLimit={data.listedLimit}
            noun="claims"
            hint="Use the filters to find the others."
          />
        </div>
      </div>
    </>
  );
}

/** A claim in the list: made from the claim alone (the list keeps its HTML). */
function ClaimCard({ claim: c }: { claim: SerializeFrom<typeof loader>["claims"][number] }) {
  return (
    <>
      <div className="app-claim-card__header">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-2">
          <a className="govuk-link" href={`${SUPPORT_CLAIMS_PATH}/${c.id}`}>
            {c.reference ?? "No reference"} - {c.schoolName}
          </a>
        </h2>
        <ClaimStatusTag status={c.status} />
      </div>
      <p className="govuk-body govuk-!-margin-bottom-1">{c.providerName ?? "No accredited provider"}</p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {c.mentors.length} {c.mentors.length === 1 ? "mentor" : "mentors"}: {c.mentors.join(", ")}
      </p>
      <p className="govuk-body-s app-claim-card__meta">
        <span>Submitted {c.submittedAt ? formatDate(c.submittedAt) : "-"}</span>
        <span>{c.amountPence === null ? "" : formatPence(c.amountPence)}</span>
      </p>
    </>
  );
}

/**
 * A filter over many organisations or people without JavaScript: type a search, press Search (it submits the filter
 * form, keeping everything else), and the matches appear as checkboxes next to the ones already chosen.
 */
function SearchableFilter(props: {
  name: string;
  searchName: string;
  legend: string;
  searchLabel: string;
  query: string;
  items: { value: string; text: string }[];
  values: string[];
  /** The suggestion list that makes the search an autocomplete with JavaScript (mentors have none). */
  suggestions?: SuggestionList;
}) {
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
      {props.suggestions ? (
        // With JavaScript, picking a suggestion adds a hidden `name` value: the filter the next search applies.
        <AutocompleteField
          name={props.searchName}
          pickName={props.name}
          suggestions={{ service: "claims", list: props.suggestions }}
          label={props.searchLabel}
          defaultValue={props.query}
        />
      ) : (
        <TextInput
          name={props.searchName}
          label={props.searchLabel}
          defaultValue={props.query}
          formGroupClassName="govuk-!-margin-bottom-2"
        />
      )}
      <Button type="submit" variant="secondary" className="govuk-!-margin-bottom-3">
        Search<span className="govuk-visually-hidden"> {props.legend.toLowerCase()}</span>
      </Button>
      {props.items.length > 0 ? (
        <Checkboxes name={props.name} small items={props.items} values={props.values} />
      ) : props.query ? (
        <p className="govuk-body-s">No results for ‘{props.query}’</p>
      ) : null}
    </fieldset>
  );
}
