import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  ErrorSummary,
  FormActions,
  SummaryList,
  TextInput,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { schoolContactStepAction, schoolContactStepLoader } from "./school-contact.server";

type Data = { step: string; caption: string };
export const meta = govukMeta<Data>((data) =>
  data?.step === "check-your-answers"
    ? `Check your answers – ${data.caption}`
    : `ITT placement contact – ${data?.caption ?? "Placement contact"}`,
);
export const loader = schoolContactStepLoader;
export const action = schoolContactStepAction;

const ORDER = ["firstName", "lastName", "email"];

export default function SchoolContactPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const { step, state, caption, backHref, cancelHref } = data;
  if (step === "check-your-answers") {
    const change = (visuallyHiddenText: string) => [{ href: data.changeHref, text: "Change", visuallyHiddenText }];
    return (
      <>
        <BackLink href={backHref} />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ErrorSummary errors={errorSummaryItems(errors, ["form"])} />
            <span className="govuk-caption-l">{caption}</span>
            <h1 className="govuk-heading-l">Check your answers</h1>
            <SummaryList
              rows={[
                { key: "First name", value: state.firstName, actions: change("first name") },
                { key: "Last name", value: state.lastName, actions: change("last name") },
                { key: "Email address", value: state.email, actions: change("email address") },
              ]}
            />
            <PostForm>
              <FormActions cancelHref={cancelHref} preventDoubleClick>
                {state.changing ? "Save changes" : "Add placement contact"}
              </FormActions>
            </PostForm>
          </div>
        </div>
      </>
    );
  }
  const value = (name: "firstName" | "lastName" | "email") => (values[name] as string | undefined) ?? state[name] ?? "";
  return (
    <>
      <BackLink href={backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ORDER)} />
          <PostForm>
            <span className="govuk-caption-l">{caption}</span>
            <h1 className="govuk-heading-l">ITT placement contact</h1>
            <p className="govuk-body">
              Providers will use these details to contact your school about initial teacher training (ITT) placements.
            </p>
            <TextInput
              name="firstName"
              label="First name"
              autoComplete="off"
              spellCheck={false}
              defaultValue={value("firstName")}
              error={fieldError(errors, "firstName")}
            />
            <TextInput
              name="lastName"
              label="Last name"
              autoComplete="off"
              spellCheck={false}
              defaultValue={value("lastName")}
              error={fieldError(errors, "lastName")}
            />
            <TextInput
              name="email"
              type="email"
              label="Email address"
              autoComplete="off"
              spellCheck={false}
              defaultValue={value("email")}
              error={fieldError(errors, "email")}
            />
            <FormActions cancelHref={cancelHref}>Continue</FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
