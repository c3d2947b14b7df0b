import { useLoaderData } from "@remix-run/react";
import { BackLink, SummaryList } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { formatDate } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { ClaimWindowTag } from "./claim-window-tag";
import { claimWindowLoader } from "./claim-windows.server";

type Data = { window: { startsOn: string; endsOn: string } };
export const meta = govukMeta<Data>((data) =>
  data ? `${formatDate(data.window.startsOn)} to ${formatDate(data.window.endsOn)} – Claim windows` : "Claim window",
);
export const loader = claimWindowLoader;

export default function ClaimWindowPage() {
  const { window } = useLoaderData<typeof loader>();
  const base = `/claims/support/claim-windows/${window.id}`;
  const changeable = window.status !== "past";
  const change = (what: string) =>
    changeable ? [{ href: `${base}/edit?step=window`, text: "Change", visuallyHiddenText: what }] : undefined;
  return (
    <>
      <FlashBanner />
      <BackLink href="/claims/support/claim-windows" />
      <span className="govuk-caption-l">Claim window</span>
      <h1 className="govuk-heading-l">
        {formatDate(window.startsOn)} to {formatDate(window.endsOn)}
      </h1>
      <SummaryList
        rows={[
          { key: "Window opens", value: formatDate(window.startsOn), actions: change("Window opens") },
          { key: "Window closes", value: formatDate(window.endsOn), actions: change("Window closes") },
          { key: "Academic year", value: window.academicYear.name, actions: change("Academic year") },
          { key: "Status", value: <ClaimWindowTag status={window.status} /> },
        ]}
      />
      {changeable ? (
        <p className="govuk-body">
          <a className="govuk-link" href={`${base}/eligible-schools/new`}>
            Make schools eligible
          </a>
        </p>
      ) : null}
      {changeable ? (
        <p className="govuk-body">
          <a className="govuk-link app-link--destructive" href={`${base}/remove`}>
            Remove claim window
          </a>
        </p>
      ) : null}
    </>
  );
}
