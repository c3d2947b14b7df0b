import { useLoaderData } from "@remix-run/react";
import { Button, Pagination, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { ClaimStatusTag } from "../status-tag";
import { ClaimsNavigation } from "../support-claims/claims-navigation";
import { clawbacksLoader } from "./clawbacks.server";
import { CLAWBACKS_PATH } from "./paths";

export const meta = govukMeta<{ total: number }>((d) => `Claims (${d?.total ?? 0}) – Clawbacks`);
export const loader = clawbacksLoader;

/** Claims in the clawback cycle (rejected by the school, waiting for approval, ready, sent to the payer). */
export default function ClawbacksPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Claims ({data.total})</h1>
      <ClaimsNavigation />
      <h2 className="govuk-heading-m">Clawbacks</h2>
      {data.readyToSend > 0 || data.sentToPayer > 0 ? (
        <div className="govuk-button-group">
          {data.readyToSend > 0 ? <Button href={`${CLAWBACKS_PATH}/send`}>Send claims to payer</Button> : null}
          {data.sentToPayer > 0 ? (
            <Button href={`${CLAWBACKS_PATH}/payer-response/new`} variant="secondary">
              Upload payer response
            </Button>
          ) : null}
        </div>
      ) : null}
      {data.claims.length === 0 ? (
        <p className="govuk-body">There are no claims that need a clawback.</p>
      ) : (
        <Table
          head={["Claim", "School", "Accredited provider", "Amount", "Status"]}
          rows={data.claims.map((c) => [
            <a key="r" className="govuk-link" href={`${CLAWBACKS_PATH}/${c.id}`}>
              {c.reference}
            </a>,
            c.school.name,
            c.provider?.name ?? "",
            c.amountPence === null ? "" : formatPence(c.amountPence),
            <ClaimStatusTag key="s" status={c.status} />,
          ])}
        />
      )}
      <Pagination
        currentPage={data.page}
        totalPages={data.totalPages}
        hrefForPage={(n) => `${CLAWBACKS_PATH}?page=${n}`}
      />
    </>
  );
}
