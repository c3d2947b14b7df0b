import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  FormActions,
  ErrorSummary,
  InsetText,
  SummaryList,
  TextInput,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { addUserStepAction, addUserStepLoader } from "./users.server";

type Data = { step: string; labels: { add: string } };
export const meta = govukMeta<Data>((data) =>
  data?.step === "check-your-answers"
    ? `Check your answers – ${data.labels.add}`
    : `Personal details – ${data?.labels.add ?? "Add user"}`,
);
export const loader = addUserStepLoader;
export const action = addUserStepAction;

const ORDER = ["firstName", "lastName", "email"];

export default function AddUserPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const { step, state, labels, backHref, cancelHref } = data;
  if (step === "check-your-answers") {
    const change = (visuallyHiddenText: string) => [{ href: data.changeHref, text: "Change", visuallyHiddenText }];
    return (
      <>
        <BackLink href={backHref} />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <span className="govuk-caption-l">{labels.add}</span>
            <h1 className="govuk-heading-l">Check your answers</h1>
            <SummaryList
              rows={[
                { key: "First name", value: state.firstName, actions: change("first name") },
                { key: "Last name", value: state.lastName, actions: change("last name") },
                { key: "Email address", value: state.email, actions: change("email address") },
              ]}
            />
            <InsetText>We will send them an email with information on how to access the service.</InsetText>
            <PostForm>
              <FormActions cancelHref={cancelHref} preventDoubleClick>
                {labels.add}
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
            <span className="govuk-caption-l">{labels.add}</span>
            <h1 className="govuk-heading-l">Personal details</h1>
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
              hint={
                data.support
                  ? "Must be a Department for Education email address, like name@education.gov.uk"
                  : undefined
              }
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
