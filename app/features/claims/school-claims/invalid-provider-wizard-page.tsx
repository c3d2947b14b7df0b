import { useLoaderData } from "@remix-run/react";
import { BackLink, CancelLink, Button, ErrorSummary, errorSummaryItems } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { ClaimDeclaration } from "./claim-declaration";
import { ClaimSummary } from "./claim-page";
import { invalidProviderAction, invalidProviderLoader } from "./invalid-provider-wizard.server";
import { PROVIDER_OPTIONS_STEP_TITLE, PROVIDER_STEP_TITLE, ProviderStep } from "./provider-steps";

function titleFor(view: string | undefined) {
  switch (view) {
    case "provider":
      return PROVIDER_STEP_TITLE;
    case "provider-options":
      return PROVIDER_OPTIONS_STEP_TITLE;
    case "unable":
      return "Unable to assign provider";
    default:
      return "Check your answers";
  }
}

export const meta = govukMeta<{ view: string }>((d) => titleFor(d?.view));
export const loader = invalidProviderLoader;
export const action = invalidProviderAction;

const hours = (n: number) => `${n} ${n === 1 ? "hour" : "hours"}`;

export default function InvalidProviderWizardPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();

  let body: JSX.Element;
  switch (data.view) {
    case "provider":
    case "provider-options":
      body = <ProviderStep data={data} errors={errors} values={values} />;
      break;
    case "unable":
      body = (
        <>
          <h1 className="govuk-heading-l">{titleFor(data.view)}</h1>
          <p className="govuk-body">You cannot assign this claim to {data.providerName}.</p>
          <p className="govuk-body">
            Not every mentor in this claim has enough hours of training left to claim for with {data.providerName}:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {data.mentors.map((m) => (
              <li key={m.id}>
                {m.name}: {hours(m.hours)} in this claim, {hours(m.remaining)} left
              </li>
            ))}
          </ul>
          <p className="govuk-body">
            Review the{" "}
            <a className="govuk-link" href={data.claimsHref}>
              claims
            </a>{" "}
            that have already been submitted for your mentors.
          </p>
          {data.removeHref ? (
            <p className="govuk-body">
              You may need to{" "}
              <a className="govuk-link app-link--destructive" href={data.removeHref}>
                remove this claim
              </a>{" "}
              and submit another claim with {data.providerName} or another accredited provider.
            </p>
          ) : null}
          <p className="govuk-body">
            <a className="govuk-link" href={data.changeProviderHref}>
              Change the accredited provider
            </a>
          </p>
        </>
      );
      break;
    default:
      body = (
        <>
          <h1 className="govuk-heading-l">{titleFor(data.view)}</h1>
          <ClaimSummary
            claim={data.claim}
            changeHref={(step) => (step === "provider" ? data.changeProviderHref : null)}
          />
          {/* id="form": the target of a form-level error (e.g. "This claim has been changed by someone else"). */}
          <PostForm id="form" action={data.action}>
            <input type="hidden" name="providerId" value={data.claim.provider.id} />
            <ClaimDeclaration providerName={data.claim.provider.name} />
            <Button preventDoubleClick>Accept and submit</Button>
          </PostForm>
        </>
      );
  }

  return (
    <>
      <BackLink href={data.backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["form", "providerQuery", "providerId"])} />
          <span className="govuk-caption-l">Change the accredited provider - Claim {data.reference}</span>
          {body}
          <CancelLink href={data.cancelHref} />
        </div>
      </div>
    </>
  );
}
