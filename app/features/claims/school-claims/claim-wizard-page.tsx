import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  CancelLink,
  Button,
  Checkboxes,
  ErrorSummary,
  Radios,
  SummaryList,
  TextInput,
  errorSummaryItems,
} from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { formatPence } from "~/lib/format";
import { govukMeta, useFormState } from "~/lib/page";
import { claimWizardAction, claimWizardLoader } from "./claim-wizard.server";
import { ClaimDeclaration } from "./claim-declaration";
import { PROVIDER_OPTIONS_STEP_TITLE, PROVIDER_STEP_TITLE, ProviderStep } from "./provider-steps";

function titleFor(data: { view: string; mentor?: { name: string }; providerName?: string | null } | undefined) {
  if (!data) return "Add claim";
  switch (data.view) {
    case "provider":
      return PROVIDER_STEP_TITLE;
    case "provider-options":
      return PROVIDER_OPTIONS_STEP_TITLE;
    case "no-mentors":
      return "There are no mentors you can include in a claim";
    case "mentors":
      return "Mentors you are claiming for";
    case "hours":
      return `Hours of training for ${data.mentor?.name ?? "mentor"}`;
    case "confirmation":
      return "Confirm the hours of training";
    default:
      return "Check your answers";
  }
}

export const meta = govukMeta<{ view: string; mentor?: { name: string } }>((d) => titleFor(d));
export const loader = claimWizardLoader;
export const action = claimWizardAction;

const hours = (n: number) => `${n} ${n === 1 ? "hour" : "hours"}`;

export default function ClaimWizardPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const caption = `${data.mode === "add" ? "Add claim" : "Change claim"} - ${data.schoolName}`;
  const title = titleFor(data as never);
  const summary = (
    <ErrorSummary
      errors={errorSummaryItems(errors, [
        "form",
        "providerQuery",
        "providerId",
        "mentorIds",
        "hoursChoice",
        "customHours",
        "confirmed",
      ])}
    />
  );

  let body: JSX.Element;
  switch (data.view) {
    case "provider":
    case "provider-options":
      body = <ProviderStep data={data} errors={errors} values={values} />;
      break;
    case "no-mentors":
      body = (
        <>
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">
            There are no mentors you can include in a claim because they have already had their training hours claimed
            for with {data.providerName}.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={data.changeProviderHref}>
              Change the accredited provider
            </a>
          </p>
        </>
      );
      break;
    case "mentors":
      body = (
        <PostForm action={data.action}>
          <Checkboxes
            name="mentorIds"
            legend={
              <>
                <h1 className="govuk-fieldset__heading">{title}</h1>
              </>
            }
            legendClassName="govuk-fieldset__legend--l"
            hint={`Select all that apply. Only mentors with training hours left to claim with ${data.providerName} are shown.`}
            values={data.selected}
            error={errors.mentorIds}
            items={data.mentors.map((m) => ({ value: m.id, text: m.name }))}
          />
          <Button>Continue</Button>
        </PostForm>
      );
      break;
    case "hours": {
      const choice = values.hoursChoice ?? data.choice;
      const hint =
        data.trainingType === "refresher"
          ? `${data.mentor.name} (TRN ${data.mentor.trn}) is eligible for ${hours(data.remaining)} of refresher training as they have previously claimed up to ${data.total === 6 ? "20 or 16" : data.total} hours of mentor training.`
          : `${data.mentor.name} (TRN ${data.mentor.trn}) is eligible for ${hours(data.remaining)} of training.`;
      body = (
        <PostForm action={data.action}>
          <Radios
            name="hoursChoice"
            legend={
              <>
                <h1 className="govuk-fieldset__heading">{title}</h1>
              </>
            }
            legendClassName="govuk-fieldset__legend--l"
            hint={hint}
            value={choice}
            error={errors.hoursChoice}
            items={[
              { value: "maximum", text: hours(data.remaining) },
              {
                value: "custom",
                text: "Another amount",
                conditional: (
                  <TextInput
                    name="customHours"
                    label="Number of hours"
                    hint={`Enter a whole number up to ${data.remaining}`}
                    className="govuk-input--width-3"
                    inputMode="numeric"
                    defaultValue={values.customHours ?? data.customHours}
                    error={errors.customHours}
                    suffix="hours"
                  />
                ),
              },
            ]}
          />
          <Button>Continue</Button>
        </PostForm>
      );
      break;
    }
    case "confirmation":
      body = (
        <PostForm action={data.action}>
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">
            You must agree the number of hours of training with {data.providerName} before you submit your claim.
          </p>
          <Checkboxes
            name="confirmed"
            legend="Confirmation"
            legendClassName="govuk-fieldset__legend--s"
            values={data.confirmed ? ["yes"] : []}
            error={errors.confirmed}
            items={[{ value: "yes", text: `I have confirmed the number of training hours with ${data.providerName}` }]}
          />
          <Button>Continue</Button>
        </PostForm>
      );
      break;
    default: {
      const submits = !data.isSupport;
      body = (
        <>
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList
            rows={[
              { key: "School", value: data.schoolName },
              { key: "Academic year", value: data.academicYearName ?? "Not known" },
              {
                key: "Accredited provider",
                value: data.providerName,
                actions: [{ href: data.changeProviderHref, text: "Change", visuallyHiddenText: "accredited provider" }],
              },
              {
                key: "Mentors",
                value: (
                  <ul className="govuk-list">
                    {data.mentors.map((m) => (
                      <li key={m.id}>{m.name}</li>
                    ))}
                  </ul>
                ),
                actions: [{ href: data.changeMentorsHref, text: "Change", visuallyHiddenText: "mentors" }],
              },
            ]}
          />
          <h2 className="govuk-heading-m">Hours of training</h2>
          <SummaryList
            rows={data.mentors.map((m) => ({
              key: m.name,
              value: hours(m.hours),
              actions: [{ href: m.changeHref, text: "Change", visuallyHiddenText: `hours for ${m.name}` }],
            }))}
          />
          <h2 className="govuk-heading-m">Grant funding</h2>
          <SummaryList
            rows={[
              { key: "Total hours", value: hours(data.totalHours) },
              { key: "Hourly rate", value: formatPence(data.ratePence) },
              { key: "Claim amount", value: formatPence(data.amountPence) },
            ]}
          />
          {/* id="form": the target of a form-level error (e.g. "This claim has been changed by someone else"). */}
          <PostForm id="form" action={data.action}>
            <input type="hidden" name="idempotencyKey" value={data.idempotencyKey} />
            {submits ? (
              <>
                <ClaimDeclaration providerName={data.providerName ?? "the accredited provider"} />
                <Button preventDoubleClick>Accept and submit</Button>
              </>
            ) : (
              <>
                <p className="govuk-body">
                  {data.mode === "add"
                    ? "The claim will be saved as a draft. The school’s users will be told, and a user at the school must submit it."
                    : "Your changes will be saved."}
                </p>
                <Button preventDoubleClick>{data.mode === "add" ? "Save claim" : "Save changes"}</Button>
              </>
            )}
          </PostForm>
        </>
      );
    }
  }

  return (
    <>
      <BackLink href={data.backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {summary}
          <span className="govuk-caption-l">{caption}</span>
          {body}
          <CancelLink href={data.cancelHref} />
        </div>
      </div>
    </>
  );
}
