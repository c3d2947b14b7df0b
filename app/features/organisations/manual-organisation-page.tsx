import { useLoaderData } from "@remix-run/react";
import { BackLink, Button, ErrorSummary, Radios, SummaryList, TextInput, errorSummaryItems, fieldError } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { manualStepAction, manualStepLoader } from "./manual-organisation.server";

const TITLES: Record<string, string> = { details: "Organisation details", address: "Address and contact details", "check-your-answers": "Check your answers" };
export const meta = govukMeta<{ step: string }>((d) => `${TITLES[d?.step ?? ""] ?? "Add organisation"} – Add organisation`);
export const loader = manualStepLoader;
export const action = manualStepAction;

const ORDER = ["name", "vendorNumber", "regionId", "address1", "address2", "town", "postcode", "telephone", "website"];

export default function ManualOrganisationPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const v = (name: string) => (values[name] as string | undefined) ?? data.state[name] ?? "";
  const input = (name: string, label: string, extra: { hint?: string; className?: string; type?: string; autoComplete?: string } = {}) => (
    <TextInput name={name} label={label} defaultValue={v(name)} error={fieldError(errors, name)} {...extra} />
  );
  const caption = <span className="govuk-caption-l">Add organisation</span>;
  const summary = errorSummaryItems(errors, ORDER).map((e) => (e.href === "#form" ? { text: e.text } : e));
  let body;
  if (data.step === "details") {
    body = (
      <PostForm>
        {caption}
        <h1 className="govuk-heading-l">{TITLES.details}</h1>
        {input("name", "Organisation name")}
        {input("vendorNumber", "Vendor number", { className: "govuk-input--width-10" })}
        <Radios
          name="regionId"
          legend="Region"
          legendClassName="govuk-fieldset__legend--s"
          value={v("regionId")}
          error={fieldError(errors, "regionId")}
          items={data.regions.map((r) => ({ value: r.id, text: r.name }))}
        />
        <Button>Continue</Button>
      </PostForm>
    );
  } else if (data.step === "address") {
    body = (
      <PostForm>
        {caption}
        <h1 className="govuk-heading-l">{TITLES.address}</h1>
        {input("address1", "Address line 1", { autoComplete: "address-line1" })}
        {input("address2", "Address line 2 (optional)", { autoComplete: "address-line2" })}
        {input("town", "Town or city", { className: "govuk-!-width-two-thirds", autoComplete: "address-level2" })}
        {input("postcode", "Postcode", { className: "govuk-input--width-10", autoComplete: "postal-code" })}
        {input("telephone", "Telephone number (optional)", { className: "govuk-input--width-20", type: "tel" })}
        {input("website", "Website (optional)")}
        <Button>Continue</Button>
      </PostForm>
    );
  } else {
    const s = data.state;
    const region = data.regions.find((r) => r.id === s.regionId)?.name ?? "";
    const change = (href: string, what: string) => [{ href, text: "Change", visuallyHiddenText: what }];
    body = (
      <>
        {caption}
        <h1 className="govuk-heading-l">{TITLES["check-your-answers"]}</h1>
        <SummaryList
          rows={[
            { key: "Organisation name", value: s.name, actions: change(data.detailsHref, "organisation name") },
            { key: "Vendor number", value: s.vendorNumber, actions: change(data.detailsHref, "vendor number") },
            { key: "Region", value: region, actions: change(data.detailsHref, "region") },
            {
              key: "Address",
              value: [s.address1, s.address2, s.town, s.postcode].filter(Boolean).map((line) => <div key={line}>{line}</div>),
              actions: change(data.addressHref, "address"),
            },
            { key: "Telephone number", value: s.telephone || "Not entered", actions: change(data.addressHref, "telephone number") },
            { key: "Website", value: s.website || "Not entered", actions: change(data.addressHref, "website") },
          ]}
        />
        <PostForm>
          <Button preventDoubleClick>Add organisation</Button>
        </PostForm>
      </>
    );
  }
  return (
    <>
      <BackLink href={data.backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          {body}
          <p className="govuk-body">
            <a className="govuk-link" href={data.cancelHref}>
              Cancel
            </a>
          </p>
        </div>
      </div>
    </>
  );
}
