import { useLoaderData } from "@remix-run/react";
import { BackLink, FormActions, SummaryList } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { formatDate } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { removeAcceptanceAction, removeAcceptanceLoader } from "./grant-conditions.server";

type Data = { school: { acceptedBy: { firstName: string; lastName: string } | null } };
const nameOf = (data: Data | undefined) =>
  data?.school.acceptedBy ? `${data.school.acceptedBy.firstName} ${data.school.acceptedBy.lastName}` : "the user";

export const meta = govukMeta<Data>((data) => `Are you sure you want to remove ${nameOf(data)}’s agreement?`);
export const loader = removeAcceptanceLoader;
export const action = removeAcceptanceAction;

export default function RemoveAcceptancePage() {
  const data = useLoaderData<typeof loader>();
  const { school } = data;
  const detailsHref = `/claims/schools/${school.id}/details`;
  return (
    <>
      <BackLink href={detailsHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{school.name}</span>
          <h1 className="govuk-heading-l">Are you sure you want to remove {nameOf(data)}’s agreement?</h1>
          <SummaryList
            rows={[
              {
                key: "Agreement to grant conditions",
                value: school.acceptedAt
                  ? `Accepted by ${nameOf(data)} on ${formatDate(school.acceptedAt)}`
                  : "Not accepted",
              },
            ]}
          />
          <p className="govuk-body">
            Users of {school.name} will have to accept the grant conditions again before they can use the service.
          </p>
          <PostForm>
            <FormActions cancelHref={detailsHref} variant="warning" preventDoubleClick>
              Remove agreement
            </FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
