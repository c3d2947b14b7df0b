import { useLoaderData } from "@remix-run/react";
import { BackLink, ErrorSummary, FormActions, Radios, errorSummaryItems, fieldError } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { academicYearAction, academicYearLoader } from "./academic-year.server";

export const meta = govukMeta("Select an academic year");
export const loader = academicYearLoader;
export const action = academicYearAction;

/** "Academic year … (Change)": this year or next year, kept on the user for every placements page. */
export default function AcademicYearPage() {
  const { choice, current, next, returnTo } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  return (
    <>
      <BackLink href={returnTo} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["academicYear"])} />
          <PostForm>
            <input type="hidden" name="returnTo" value={returnTo} />
            <Radios
              name="academicYear"
              legend="Select an academic year"
              isPageHeading
              legendClassName="govuk-fieldset__legend--l"
              value={choice}
              error={fieldError(errors, "academicYear")}
              items={[
                { value: "current", text: `This year (${current})` },
                { value: "next", text: `Next year (${next})` },
              ]}
            />
            <FormActions cancelHref={returnTo}>Continue</FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
