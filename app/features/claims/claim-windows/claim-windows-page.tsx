import { useLoaderData } from "@remix-run/react";
import { Button, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { formatDate } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { ClaimWindowTag } from "./claim-window-tag";
import { claimWindowsLoader } from "./claim-windows.server";

export const meta = govukMeta("Claim windows");
export const loader = claimWindowsLoader;

export default function ClaimWindowsPage() {
  const { windows } = useLoaderData<typeof loader>();
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Claim windows</h1>
      <Button href="/claims/support/claim-windows/new">Add claim window</Button>
      {windows.length === 0 ? (
        <p className="govuk-body">There are no claim windows.</p>
      ) : (
        <Table
          caption="Claim windows"
          captionClassName="govuk-visually-hidden"
          head={["Window", "Academic year", "Status"]}
          rows={windows.map((w) => [
            <a key={w.id} className="govuk-link" href={`/claims/support/claim-windows/${w.id}`}>
              {formatDate(w.startsOn)} to {formatDate(w.endsOn)}
            </a>,
            w.academicYear.name,
            <ClaimWindowTag key="status" status={w.status} />,
          ])}
        />
      )}
    </>
  );
}
