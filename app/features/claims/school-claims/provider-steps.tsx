import { Button, Radios } from "~/components/govuk";
import { AutocompleteField } from "~/components/forms/AutocompleteField";
import { PostForm } from "~/components/forms/PostForm";

/** Accredited-provider search and options steps, shared by the add/edit claim and invalid provider wizards. */

export const PROVIDER_STEP_TITLE = "Enter the accredited provider";
export const PROVIDER_OPTIONS_STEP_TITLE = "Select the accredited provider";

type FormState = { errors: Record<string, string>; values: Partial<Record<string, string>> };

type ProviderStepData =
  | { view: "provider"; action: string; providerQuery: string }
  | {
      view: "provider-options";
      action: string;
      providerQuery: string;
      providers: { id: string; name: string; code: string; postcode: string | null }[];
      providerId: string | null;
      changeSearchHref: string;
    };

/** The body of the "provider" or "provider-options" step, from the step loader's data. */
export function ProviderStep({ data, errors, values }: FormState & { data: ProviderStepData }) {
  if (data.view === "provider")
    return (
      <ProviderSearchStep action={data.action} providerQuery={data.providerQuery} errors={errors} values={values} />
    );
  return (
    <ProviderOptionsStep
      action={data.action}
      providerQuery={data.providerQuery}
      providers={data.providers}
      providerId={data.providerId}
      changeSearchHref={data.changeSearchHref}
      errors={errors}
      values={values}
    />
  );
}

function ProviderSearchStep({
  action,
  providerQuery,
  errors,
  values,
}: FormState & { action: string; providerQuery: string }) {
  return (
    <PostForm action={action}>
      <AutocompleteField
        name="providerQuery"
        pickName="providerId"
        suggestions={{ service: "claims", list: "providers" }}
        label={PROVIDER_STEP_TITLE}
        labelClassName="govuk-label--l"
        isPageHeading
        hint="Enter the name, UKPRN, URN or postcode of the accredited provider. You must make a separate claim for each accredited provider you work with."
        defaultValue={values.providerQuery ?? providerQuery}
        error={errors.providerQuery}
      />
      <Button>Continue</Button>
    </PostForm>
  );
}

function ProviderOptionsStep({
  action,
  providerQuery,
  providers,
  providerId,
  changeSearchHref,
  errors,
  values,
}: FormState & Omit<Extract<ProviderStepData, { view: "provider-options" }>, "view">) {
  const changeSearch = (
    <p className="govuk-body">
      <a className="govuk-link" href={changeSearchHref}>
        Change your search
      </a>
    </p>
  );
  if (providers.length === 0) {
    return (
      <>
        <h1 className="govuk-heading-l">{PROVIDER_OPTIONS_STEP_TITLE}</h1>
        <p className="govuk-body">There are no accredited providers matching ‘{providerQuery}’.</p>
        {changeSearch}
      </>
    );
  }
  return (
    <PostForm action={action}>
      <Radios
        name="providerId"
        legend={<h1 className="govuk-fieldset__heading">{PROVIDER_OPTIONS_STEP_TITLE}</h1>}
        legendClassName="govuk-fieldset__legend--l"
        hint={`${providers.length} ${providers.length === 1 ? "result" : "results"} found for ‘${providerQuery}’`}
        value={values.providerId ?? providerId}
        error={errors.providerId}
        items={providers.map((p) => ({
          value: p.id,
          text: p.name,
          hint: p.postcode ? `${p.code}, ${p.postcode}` : p.code,
        }))}
      />
      {changeSearch}
      <Button>Continue</Button>
    </PostForm>
  );
}
