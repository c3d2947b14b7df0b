import { useLoaderData } from "@remix-run/react";
import { BackLink, Button, Radios } from "~/components/govuk";
import { formatDate } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import type { userExportLoader } from "./user-export.server";

export const meta = govukMeta("Export users");
export { userExportLoader as loader } from "./user-export.server";

/**
 * Export users: the users of schools with a submitted claim in a claim window (or any), all of them or only those
 * who have signed in, as a CSV. A GET form: the answers are in the download's URL and nothing changes.
 */
export default function UserExportPage() {
  const { windows } = useLoaderData<typeof userExportLoader>();
  return (
    <>
      <BackLink href="/claims/support/settings" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Export users</h1>
          <p className="govuk-body">
            The file lists the users of every school that has submitted a claim in the claim window you choose.
          </p>
          <form method="get" action="/claims/support/users/export/download" noValidate>
            <Radios
              name="claimWindowId"
              legend="Claim window"
              legendClassName="govuk-fieldset__legend--m"
              value="all"
              items={[
                { value: "all", text: "All claim windows" },
                ...windows.map((w) => ({ value: w.id, text: `${formatDate(w.startsOn)} to ${formatDate(w.endsOn)}` })),
              ]}
            />
            <Radios
              name="activity"
              legend="Users"
              legendClassName="govuk-fieldset__legend--m"
              value="all"
              items={[
                { value: "all", text: "All users" },
                { value: "signed_in", text: "Only users who have signed in" },
              ]}
            />
            <Button type="submit">Download CSV</Button>
          </form>
        </div>
      </div>
    </>
  );
}
