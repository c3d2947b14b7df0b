import { useLoaderData } from "@remix-run/react";
import { BackLink, FormActions, ErrorSummary, WarningText, errorSummaryItems } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { formatDate } from "~/lib/format";
import { govukMeta, useFormState } from "~/lib/page";
import { removeClaimWindowAction, removeClaimWindowLoader } from "./claim-windows.server";

export const meta = govukMeta("Are you sure you want to remove this claim window?");
export const loader = removeClaimWindowLoader;
export const action = removeClaimWindowAction;

export default function RemoveClaimWindowPage() {
  const { window } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const windowHref = `/claims/support/claim-windows/${window.id}`;
  return (
    <>
      <BackLink href={windowHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors)} />
          <span className="govuk-caption-l">
            {formatDate(window.startsOn)} to {formatDate(window.endsOn)}
          </span>
          <h1 className="govuk-heading-l">Are you sure you want to remove this claim window?</h1>
          <p className="govuk-body">This will soft-delete the claim window.</p>
          {window.status === "current" ? (
            <WarningText>
              This is the current claim window. Soft-deleting the current claim window means users cannot make any
              claims.
            </WarningText>
          ) : null}
          <PostForm>
            <FormActions cancelHref={windowHref} variant="warning" preventDoubleClick>
              Remove claim window
            </FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
