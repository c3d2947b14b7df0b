import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  ErrorSummary,
  Fieldset,
  FormActions,
  Radios,
  SummaryList,
  TextInput,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { manualStepAction, manualStepLoader } from "./manual-organisation.server";

const TITLES: Record<string, string> = {
  name: "Organisation name",
  "vendor-number": "Vendor number",
  region: "Region",
  address: "Address",
  "contact-details": "Contact details",
  "check-your-answers": "Check your answers",
};
export const meta = govukMeta<{ step: string }>(
  (d) => `${TITLES[d?.step ?? ""] ?? "Add organisation"} – Add organisation`,
);
export const loader = manualStepLoader;
export const action = manualStepAction;

const ORDER = ["name", "vendorNumber", "regionId", "address1", "address2", "town", "postcode", "telephone", "website"];

export default function ManualOrganisationPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const v = (name: string) => (values[name] as string | undefined) ?? data.state[name] ?? "";
  const input = (
    name: string,
    label: string,
    extra: { hint?: string; className?: string; type?: string; autoComplete?: string; spellCheck?: boolean } = {},
  ) => <TextInput name={name} label={label} defaultValue={v(name)} error={fieldError(errors, name)} {...extra} />;
  /** A page that asks one thing: the question is the page heading (label or legend). */
  const question = (name: string, extra: { hint?: string; className?: string; inputMode?: "numeric" } = {}) => (
    <TextInput
      name={name}
      label={TITLES[data.step]}
      isPageHeading
      defaultValue={v(name)}
      error={fieldError(errors, name)}
      {...extra}
    />
  );
  const caption = <span className="govuk-caption-l">Add organisation</span>;
  const summary = errorSummaryItems(errors, ORDER).map((e) => (e.href === "#form" ? { text: e.text } : e));
  const actions = <FormActions cancelHref={data.cancelHref}>Continue</FormActions>;
  let body;
  switch (data.step) {
    case "name":
      body = (
        <PostForm>
          {caption}
          {question("name")}
          {actions}
        </PostForm>
      );
      break;
    case "vendor-number":
      body = (
        <PostForm>
          {caption}
          {question("vendorNumber", {
            hint: "Numbers only, like 5678901",
            className: "govuk-input--width-10",
            inputMode: "numeric",
          })}
          {actions}
        </PostForm>
      );
      break;
    case "region":
      body = (
        <PostForm>
          {caption}
          <Radios
            name="regionId"
            legend={TITLES.region}
            isPageHeading
            legendClassName="govuk-fieldset__legend--l"
            hint="The region decides the funding rate per hour of mentor training"
            value={v("regionId")}
            error={fieldError(errors, "regionId")}
            items={data.regions.map((r) => ({ value: r.id, text: r.name }))}
          />
          {actions}
        </PostForm>
      );
      break;
    case "address":
      body = (
        <PostForm>
          {caption}
          <Fieldset legend={TITLES.address} isPageHeading legendClassName="govuk-fieldset__legend--l">
            {input("address1", "Address line 1", { autoComplete: "address-line1" })}
            {input("address2", "Address line 2 (optional)", { autoComplete: "address-line2" })}
            {input("town", "Town or city", { className: "govuk-!-width-two-thirds", autoComplete: "address-level2" })}
            {input("postcode", "Postcode", {
              className: "govuk-input--width-10",
              autoComplete: "postal-code",
              spellCheck: false,
            })}
          </Fieldset>
          {actions}
        </PostForm>
      );
      break;
    case "contact-details":
      body = (
        <PostForm>
          {caption}
          <Fieldset legend={TITLES["contact-details"]} isPageHeading legendClassName="govuk-fieldset__legend--l">
            {input("telephone", "Telephone number (optional)", {
              className: "govuk-input--width-20",
              type: "tel",
              autoComplete: "tel",
            })}
            {input("website", "Website (optional)", {
              hint: "For example, https://www.example.com",
              spellCheck: false,
            })}
          </Fieldset>
          {actions}
        </PostForm>
      );
      break;
    default: {
      const s = data.state;
      const region = data.regions.find((r) => r.id === s.regionId)?.name ?? "";
      const change = (step: keyof typeof data.changeHrefs, what: string) => [
        { href: data.changeHrefs[step], text: "Change", visuallyHiddenText: what },
      ];
      body = (
        <>
          {caption}
          <h1 className="govuk-heading-l">{TITLES["check-your-answers"]}</h1>
          <SummaryList
            rows={[
              { key: "Organisation name", value: s.name, actions: change("name", "organisation name") },
              { key: "Vendor number", value: s.vendorNumber, actions: change("vendor-number", "vendor number") },
              { key: "Region", value: region, actions: change("region", "region") },
              {
                key: "Address",
                value: [s.address1, s.address2, s.town, s.postcode]
                  .filter(Boolean)
                  .map((line) => <div key={line}>{line}</div>),
                actions: change("address", "address"),
              },
              {
                key: "Telephone number",
                value: s.telephone || "Not entered",
                actions: change("contact-details", "telephone number"),
              },
              { key: "Website", value: s.website || "Not entered", actions: change("contact-details", "website") },
            ]}
          />
          <PostForm>
            <FormActions cancelHref={data.cancelHref} preventDoubleClick>
              Add organisation
            </FormActions>
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
          <ErrorSummary errors={summary} />
          {body}
        </div>
      </div>
    </>
  );
}
