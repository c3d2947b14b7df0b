import { useLoaderData } from "@remix-run/react";
import { BackLink, ListedLimitNote, Pagination, Table } from "~/components/govuk";
import { formatDate } from "~/lib/format";
import { govukMeta } from "~/lib/page";

import type { manuallyOnboardedSchoolsLoader } from "./manually-onboarded-schools.server";

export { manuallyOnboardedSchoolsLoader as loader } from "./manually-onboarded-schools.server";

export const meta = govukMeta<{ total: number }>((data) => `Manually onboarded schools (${data?.total ?? 0})`);

const LIST_PATH = "/claims/support/schools/manually-onboarded";

/** Schools a support user added to claims by hand ("Add organisation"), with who added them and when. */
export default function ManuallyOnboardedSchoolsPage() {
  const { items, total, page, totalPages, listedLimit } = useLoaderData<typeof manuallyOnboardedSchoolsLoader>();
  return (
    <>
      <BackLink href="/claims/support/settings" />
      <h1 className="govuk-heading-l">Manually onboarded schools ({total})</h1>
      <p className="govuk-body">
        Schools added to the service by a support user, rather than made eligible with an upload.
      </p>
      {items.length === 0 ? (
        <p className="govuk-body">No schools have been onboarded manually</p>
      ) : (
        <Table
          head={["School", "URN or vendor number", "Onboarded by", "Date onboarded"]}
          rows={items.map((s) => [
            <a key="name" className="govuk-link" href={`/claims/schools/${s.id}/claims`}>
              {s.name}
            </a>,
            s.urn ?? s.vendorNumber ?? "",
            s.onboardedBy ?? "Not known",
            s.onboardedOn ? formatDate(s.onboardedOn) : "Not known",
          ])}
        />
      )}
      <Pagination currentPage={page} totalPages={totalPages} hrefForPage={(n) => `${LIST_PATH}?page=${n}`} />
      <ListedLimitNote page={page} totalPages={totalPages} listedLimit={listedLimit} noun="schools" />
    </>
  );
}
