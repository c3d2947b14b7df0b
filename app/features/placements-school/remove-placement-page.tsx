import { useLoaderData } from "@remix-run/react";
import { BackLink, ErrorSummary, FormActions, WarningText, errorSummaryItems } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { removePlacementAction, schoolPlacementLoader } from "./placement.server";

type Data = { placement: { provider: { name: string } | null } };
export const meta = govukMeta<Data>((data) =>
  data?.placement.provider ? "You cannot delete this placement" : "Are you sure you want to delete this placement?",
);
export const loader = schoolPlacementLoader;
export const action = removePlacementAction;

/** Delete a placement: only without a provider; otherwise the "cannot delete" page says what to do first. */
export default function RemovePlacementPage() {
  const { placement, basePath } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  if (placement.provider) {
    return (
      <>
        <BackLink href={basePath} />
        <span className="govuk-caption-l">{placement.title}</span>
        <h1 className="govuk-heading-l">You cannot delete this placement</h1>
        <p className="govuk-body">
          {placement.provider.name} is assigned to this placement. You must remove the provider from the placement
          before you can delete it.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={basePath}>
            Back to placement
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <BackLink href={basePath} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["form"])} />
          <span className="govuk-caption-l">{placement.title}</span>
          <h1 className="govuk-heading-l">Are you sure you want to delete this placement?</h1>
          <WarningText>You cannot undo this action.</WarningText>
          <PostForm>
            <FormActions cancelHref={basePath} variant="warning" preventDoubleClick>
              Delete placement
            </FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
