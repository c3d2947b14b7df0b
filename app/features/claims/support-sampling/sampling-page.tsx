import { useLoaderData } from "@remix-run/react";
import { Button, Pagination, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { formatDate, formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { ClaimStatusTag } from "../status-tag";
import { ClaimsNavigation } from "../support-claims/claims-navigation";
import { SAMPLING_PATH } from "./paths";
import { samplingLoader } from "./sampling.server";

// The title starts with the h1 (the section heading with its count), then the section.
export const meta = govukMeta<{ total: number }>((d) => `Claims (${d?.total ?? 0}) – Auditing`);
export const loader = samplingLoader;

/** Auditing: claims sent to their providers for audit, or not approved by the provider. */
export default function SamplingPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Claims ({data.total})</h1>
      <ClaimsNavigation />
      <h2 className="govuk-heading-m">Auditing</h2>
      <div className="govuk-button-group">
        <Button href={`${SAMPLING_PATH}/upload/new`}>Upload claims to be sampled</Button>
        <Button href={`${SAMPLING_PATH}/provider-response/new`} variant="secondary">
          Upload provider response
        </Button>
      </div>
      {data.claims.length === 0 ? (
        <p className="govuk-body">There are no claims being audited.</p>
      ) : (
        <Table
          head={["Claim", "School", "Accredited provider", "Amount", "Submitted", "Sample reason", "Status"]}
          rows={data.claims.map((c) => [
            <a key="r" className="govuk-link" href={`/claims/support/claims/${c.id}`}>
              {c.reference}
            </a>,
            c.school.name,
            c.provider?.name ?? "",
            c.amountPence === null ? "" : formatPence(c.amountPence),
            c.submittedAt ? formatDate(c.submittedAt) : "",
            c.samplingReason ?? "",
            <ClaimStatusTag key="s" status={c.status} />,
          ])}
        />
      )}
      <Pagination
        currentPage={data.page}
        totalPages={data.totalPages}
        hrefForPage={(n) => `${SAMPLING_PATH}?page=${n}`}
      />
    </>
  );
}
