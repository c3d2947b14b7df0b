import { useLoaderData } from "@remix-run/react";
import { Button, Pagination, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { formatDate, formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { ClaimStatusTag } from "../status-tag";
import { ClaimsNavigation } from "../support-claims/claims-navigation";
import { PAYMENTS_PATH } from "./paths";
import { paymentsLoader } from "./payments.server";

// The title starts with the h1 (the section heading with its count), then the section.
export const meta = govukMeta<{ total: number }>((d) => `Claims (${d?.total ?? 0}) – Payments`);
export const loader = paymentsLoader;

/** Claims in the payment cycle, with the buttons that move it on. */
export default function PaymentsPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Claims ({data.total})</h1>
      <ClaimsNavigation />
      <h2 className="govuk-heading-m">Payments</h2>
      <div className="govuk-button-group">
        <Button href={`${PAYMENTS_PATH}/send/new`}>Send claims to payer</Button>
        <Button href={`${PAYMENTS_PATH}/payer-response/new`} variant="secondary">
          Upload payer response
        </Button>
      </div>
      {data.claims.length === 0 ? (
        <p className="govuk-body">There are no claims waiting for payment.</p>
      ) : (
        <Table
          head={["Claim", "School", "Accredited provider", "Amount", "Sent to payer", "Status"]}
          rows={data.claims.map((c) => [
            <a key="r" className="govuk-link" href={`/claims/support/claims/${c.id}`}>
              {c.reference}
            </a>,
            c.school.name,
            c.provider?.name ?? "",
            c.amountPence === null ? "" : formatPence(c.amountPence),
            c.paymentInProgressAt ? formatDate(c.paymentInProgressAt) : "Not sent",
            <ClaimStatusTag key="s" status={c.status} />,
          ])}
        />
      )}
      <Pagination
        currentPage={data.page}
        totalPages={data.totalPages}
        hrefForPage={(n) => `${PAYMENTS_PATH}?page=${n}`}
      />
    </>
  );
}
