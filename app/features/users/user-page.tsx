import { useLoaderData } from "@remix-run/react";
import { BackLink, SummaryList } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { userLoader } from "./users.server";

type Data = { user: { firstName: string; lastName: string } };
export const meta = govukMeta<Data>((data) => (data ? `${data.user.firstName} ${data.user.lastName}` : "User"));
export const loader = userLoader;

export default function UserPage() {
  const { user, basePath, labels, isSelf } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink href={basePath} />
      <span className="govuk-caption-l">{labels.heading}</span>
      <h1 className="govuk-heading-l">
        {user.firstName} {user.lastName}
      </h1>
      <SummaryList
        rows={[
          { key: "First name", value: user.firstName },
          { key: "Last name", value: user.lastName },
          { key: "Email address", value: user.email },
        ]}
      />
      {isSelf ? null : (
        <p className="govuk-body">
          <a className="govuk-link app-link--destructive" href={`${basePath}/${user.id}/remove`}>
            Remove {labels.noun}
          </a>
        </p>
      )}
    </>
  );
}
