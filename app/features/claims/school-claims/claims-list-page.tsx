import type { SerializeFrom } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Button, NotificationBanner, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { SubNavigation } from "~/components/layout/SubNavigation";
import { formatDate, formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { claimsListLoader } from "./claims.server";
import { ClaimStatusTag } from "../status-tag";

export const meta = govukMeta("Claims");
export const loader = claimsListLoader;

/** "3 days" / on the last day "5 hours and 12 minutes" until the deadline (11:59pm UK time). */
function timeLeft(days: number, minutes: number | null) {
  if (days > 0 || minutes === null) return `${days} ${days === 1 ? "day" : "days"}`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h} ${h === 1 ? "hour" : "hours"} and ${m} ${m === 1 ? "minute" : "minutes"}`;
}

type ClaimRow = { base: string; claim: SerializeFrom<typeof loader>["claims"][number] };

/** A row of the list, made from the claim and the list's address alone (the table keeps its HTML). */
function claimRow({ base, claim }: ClaimRow) {
  return [
    <a key="ref" className="govuk-link" href={`${base}/${claim.id}`}>
      {claim.reference ?? "No reference"}
    </a>,
    claim.providerName ?? "",
    <ul key="mentors" className="govuk-list">
      {claim.mentors.map((name, i) => (
        <li key={i}>{name}</li>
      ))}
    </ul>,
    formatPence(claim.amountPence),
    claim.submittedAt ? formatDate(claim.submittedAt) : "-",
    <ClaimStatusTag key="status" status={claim.status} />,
  ];
}

export default function ClaimsListPage() {
  const data = useLoaderData<typeof loader>();
  const base = `/claims/schools/${data.schoolId}/claims`;
  const current = data.currentWindow;
  const viewingCurrent = current && data.selectedAcademicYear?.id === current.academicYear.id;
  return (
    <>
      <FlashBanner />
      {current && data.eligibleForCurrentWindow && data.closesInDays !== null && data.closesInDays <= 30 ? (
        <NotificationBanner heading={`The deadline to submit claims is 11:59pm on ${formatDate(current.endsOn)}`}>
          <p className="govuk-body">
            You have {timeLeft(data.closesInDays, data.minutesLeftOnLastDay)} left to submit your claims.
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">Claims</h1>
      {data.academicYears.length > 1 ? (
        <SubNavigation
          label="Academic years"
          items={data.academicYears.map((y) => ({
            text: y.name,
            href: `${base}?academicYearId=${y.id}`,
            current: y.id === data.selectedAcademicYear?.id,
          }))}
        />
      ) : null}
      {current ? (
        data.eligibleForCurrentWindow ? (
          <p className="govuk-body">
            You can claim funding for the time mentors spent in training with accredited providers in the academic year{" "}
            {current.academicYear.name}. Submit your claims by {formatDate(current.endsOn)}.
          </p>
        ) : (
          <p className="govuk-body">
            You are not eligible to claim for the academic year {current.academicYear.name} because you have not hosted
            placements for trainee teachers this academic year.
          </p>
        )
      ) : (
        <>
          {data.previousWindow ? (
            <p className="govuk-body">
              The deadline to submit claims for the academic year {data.previousWindow.academicYearName} was{" "}
              {formatDate(data.previousWindow.endsOn)}. You can no longer submit claims for that year.
            </p>
          ) : null}
          {data.upcomingWindow ? (
            <p className="govuk-body">
              You can submit claims for the academic year {data.upcomingWindow.academicYearName} from{" "}
              {formatDate(data.upcomingWindow.startsOn)} to {formatDate(data.upcomingWindow.endsOn)}.
            </p>
          ) : (
            <p className="govuk-body">There is no claim window open at the moment.</p>
          )}
        </>
      )}
      {data.canAddClaim && viewingCurrent ? <Button href={`${base}/new`}>Add claim</Button> : null}
      {data.claims.length === 0 ? (
        <p className="govuk-body">There are no claims for {data.selectedAcademicYear?.name ?? "this academic year"}.</p>
      ) : (
        <Table
          caption={`Claims for ${data.selectedAcademicYear?.name ?? ""}`}
          captionClassName="govuk-visually-hidden"
          head={["Reference", "Accredited provider", "Mentors", "Amount", "Date submitted", "Status"]}
          cachedRows={{ name: "school claims", items: data.claims.map((claim) => ({ base, claim })), cells: claimRow }}
        />
      )}
    </>
  );
}
