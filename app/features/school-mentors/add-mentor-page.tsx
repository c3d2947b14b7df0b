import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  CancelLink,
  FormActions,
  DateInput,
  ErrorSummary,
  SummaryList,
  TextInput,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { addMentorStepAction, addMentorStepLoader } from "./mentors.server";
import { MENTOR_TEXTS, type MentorService } from "./mentor-texts";

type Data = { service: MentorService; step: string; noResultsHeading: string };
export const meta = govukMeta<Data>((data) => {
  const texts = MENTOR_TEXTS[data?.service ?? "claims"];
  if (data?.step === "check-your-answers") return `${texts.checkHeading} – Add mentor`;
  if (data?.step === "no-results") return `${data.noResultsHeading} – Add mentor`;
  return `${texts.mentorStepHeading} – Add mentor`;
});
export const loader = addMentorStepLoader;
export const action = addMentorStepAction;

const ORDER = ["form", "trn", "dateOfBirth"];
const TARGETS = { form: "trn", dateOfBirth: "dateOfBirth-day" };

export default function AddMentorPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const { step, backHref, cancelHref } = data;
  const texts = MENTOR_TEXTS[data.service];

  if (step === "no-results") {
    return (
      <>
        <BackLink href={backHref} />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <span className="govuk-caption-l">Add mentor</span>
            <h1 className="govuk-heading-l">{data.noResultsHeading}</h1>
            <p className="govuk-body">
              Check that you typed in the teacher reference number (TRN) and date of birth correctly.
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href={data.mentorStepHref}>
                Change your search
              </a>
            </p>
            <CancelLink href={cancelHref} />
          </div>
        </div>
      </>
    );
  }

  if (step === "check-your-answers" && data.mentor) {
    const change = (visuallyHiddenText: string) => [{ href: data.changeHref, text: "Change", visuallyHiddenText }];
    return (
      <>
        <BackLink href={backHref} />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <span className="govuk-caption-l">Add mentor</span>
            <h1 className="govuk-heading-l">{texts.checkHeading}</h1>
            <SummaryList
              rows={[
                { key: "First name", value: data.mentor.firstName },
                { key: "Last name", value: data.mentor.lastName },
                {
                  key: "Teacher reference number (TRN)",
                  value: data.trn,
                  actions: change("teacher reference number (TRN)"),
                },
                {
                  key: "Date of birth",
                  value: data.dateOfBirthIso
                    ? new Date(`${data.dateOfBirthIso}T00:00:00Z`).toLocaleDateString("en-GB", {
                        day: "numeric",
                        month: "long",
                        year: "numeric",
                        timeZone: "UTC",
                      })
                    : "",
                  actions: change("date of birth"),
                },
              ]}
            />
            <PostForm>
              <FormActions cancelHref={cancelHref} preventDoubleClick>
                Add mentor
              </FormActions>
            </PostForm>
          </div>
        </div>
      </>
    );
  }

  const hasValues = Object.keys(values).length > 0;
  const dob = hasValues
    ? { day: values["dateOfBirth-day"], month: values["dateOfBirth-month"], year: values["dateOfBirth-year"] }
    : data.dateOfBirth;
  return (
    <>
      <BackLink href={backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ORDER, { targets: TARGETS })} />
          <PostForm>
            <span className="govuk-caption-l">Add mentor</span>
            <h1 className="govuk-heading-l">{texts.mentorStepHeading}</h1>
            <TextInput
              name="trn"
              label="Teacher reference number (TRN)"
              labelClassName="govuk-label--s"
              hint="A TRN is 7 digits long, for example, 4567814."
              className="govuk-input--width-10"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              defaultValue={hasValues ? (values.trn ?? "") : data.trn}
              error={fieldError(errors, "trn")}
            />
            <DateInput
              name="dateOfBirth"
              legend="Date of birth"
              legendClassName="govuk-fieldset__legend--s"
              hint="For example, 31 3 1980"
              values={dob}
              error={fieldError(errors, "dateOfBirth")}
            />
            <FormActions cancelHref={cancelHref}>Continue</FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
