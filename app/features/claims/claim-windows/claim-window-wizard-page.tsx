import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  FormActions,
  DateInput,
  ErrorSummary,
  Radios,
  SummaryList,
  WarningText,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { formatDate } from "~/lib/format";
import { govukMeta, useFormState } from "~/lib/page";
import { claimWindowStepAction, claimWindowStepLoader } from "./claim-windows.server";

type Data = { step: string; mode: "add" | "edit" };
const captionOf = (mode: "add" | "edit" | undefined) => (mode === "edit" ? "Change claim window" : "Add claim window");
export const meta = govukMeta<Data>((data) =>
  data?.step === "check-your-answers"
    ? `Check your answers – ${captionOf(data.mode)}`
    : `Window details – ${captionOf(data?.mode)}`,
);
export const loader = claimWindowStepLoader;
export const action = claimWindowStepAction;

const ORDER = ["startsOn", "endsOn", "academicYearId"];
const TARGETS = { startsOn: "startsOn-day", endsOn: "endsOn-day" };

export default function ClaimWindowWizardPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const caption = captionOf(data.mode);
  const { state } = data;

  if (data.step === "check-your-answers") {
    const change = (what: string) => [{ href: data.changeHref, text: "Change", visuallyHiddenText: what }];
    const year = data.academicYears.find((y) => y.id === state.academicYearId);
    return (
      <>
        <BackLink href={data.backHref} />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <span className="govuk-caption-l">{caption}</span>
            <h1 className="govuk-heading-l">Check your answers</h1>
            <SummaryList
              rows={[
                {
                  key: "Window opens",
                  value: state.startsOn ? formatDate(state.startsOn) : "",
                  actions: change("Window opens"),
                },
                {
                  key: "Window closes",
                  value: state.endsOn ? formatDate(state.endsOn) : "",
                  actions: change("Window closes"),
                },
                { key: "Academic year", value: year?.name ?? "", actions: change("Academic year") },
              ]}
            />
            {data.mode === "edit" && data.windowStatus === "current" ? (
              <WarningText>
                Setting the current claim window to a date in the past will close the window and prevent users from
                making any claims.
              </WarningText>
            ) : null}
            <PostForm>
              <FormActions cancelHref={data.cancelHref} preventDoubleClick>
                Save claim window
              </FormActions>
            </PostForm>
          </div>
        </div>
      </>
    );
  }

  const posted = Object.keys(values).length > 0;
  const parts = (name: "startsOn" | "endsOn") =>
    posted ? { day: values[`${name}-day`], month: values[`${name}-month`], year: values[`${name}-year`] } : data[name];
  return (
    <>
      <BackLink href={data.backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ORDER, { targets: TARGETS })} />
          <PostForm>
            <span className="govuk-caption-l">{caption}</span>
            <h1 className="govuk-heading-l">Window details</h1>
            <DateInput
              name="startsOn"
              legend="Window opens"
              legendClassName="govuk-fieldset__legend--m"
              hint="For example, 27 3 2025"
              values={parts("startsOn")}
              error={fieldError(errors, "startsOn")}
            />
            <DateInput
              name="endsOn"
              legend="Window closes"
              legendClassName="govuk-fieldset__legend--m"
              hint="For example, 27 4 2025"
              values={parts("endsOn")}
              error={fieldError(errors, "endsOn")}
            />
            <Radios
              name="academicYearId"
              legend="Academic year"
              legendClassName="govuk-fieldset__legend--m"
              value={posted ? (values.academicYearId ?? null) : (state.academicYearId ?? null)}
              items={data.academicYears.map((y) => ({ value: y.id, text: y.name }))}
              error={fieldError(errors, "academicYearId")}
            />
            <FormActions cancelHref={data.cancelHref}>Continue</FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
