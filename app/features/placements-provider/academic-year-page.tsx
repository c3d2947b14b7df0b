import { useLoaderData } from "@remix-run/react";
import { ErrorSummary, FormActions, Radios, errorSummaryItems } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { academicYearAction, academicYearLoader } from "./provider-layout.server";

export const meta = govukMeta("Which academic year do you want to view?");
export const loader = academicYearLoader;
export const action = academicYearAction;

export default function AcademicYearPage() {
  const { selected, choices, returnTo } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  return (
    <>
      <ErrorSummary errors={errorSummaryItems(errors, ["year"])} />
      <PostForm>
        <input type="hidden" name="returnTo" value={returnTo} />
        <Radios
          name="year"
          legend={<h1 className="govuk-fieldset__heading">Which academic year do you want to view?</h1>}
          legendClassName="govuk-fieldset__legend--l"
          value={values.year ?? selected}
          error={errors.year}
          items={[
            { value: "this", text: `This year (${choices.this.name})` },
            { value: "next", text: `Next year (${choices.next.name})` },
          ]}
        />
        <FormActions cancelHref={returnTo}>Continue</FormActions>
      </PostForm>
    </>
  );
}
