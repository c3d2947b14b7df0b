import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  FormActions,
  ErrorSummary,
  Radios,
  SummaryList,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { AutocompleteField } from "~/components/forms/AutocompleteField";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { onboardStepAction, onboardStepLoader } from "./onboard-organisation.server";

const TITLES: Record<string, string> = {
  type: "Organisation type",
  organisation: "Enter a school name, URN or postcode",
  options: "Select an organisation",
  "check-your-answers": "Check your answers",
};
type Data = { step: string; kind: string };
function title(data: Data | undefined) {
  if (!data) return "Add organisation";
  if (data.step === "organisation" && data.kind === "provider") return "Enter a provider name, code or postcode";
  return TITLES[data.step] ?? "Add organisation";
}

export const meta = govukMeta<Data>((data) => `${title(data)} – Add organisation`);
export const loader = onboardStepLoader;
export const action = onboardStepAction;

export default function OnboardPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const heading = title(data);
  const caption = <span className="govuk-caption-l">Add organisation</span>;
  let body;
  if (data.step === "type") {
    body = (
      <PostForm>
        <Radios
          name="organisationType"
          legend={
            <>
              {caption}
              <h1 className="govuk-fieldset__heading">{heading}</h1>
            </>
          }
          legendClassName="govuk-fieldset__legend--l"
          value={(values.organisationType as string | undefined) ?? data.state.organisationType}
          error={fieldError(errors, "organisationType")}
          items={[
            { value: "school", text: "School" },
            { value: "provider", text: "Teacher training provider" },
          ]}
        />
        <FormActions cancelHref={data.cancelHref}>Continue</FormActions>
      </PostForm>
    );
  } else if (data.step === "organisation") {
    body = (
      <PostForm>
        {caption}
        <AutocompleteField
          name="query"
          pickName="organisationId"
          suggestions={{ service: data.service, list: data.kind === "provider" ? "providers" : "schools" }}
          label={heading}
          isPageHeading
          defaultValue={(values.query as string | undefined) ?? data.state.query ?? ""}
          error={fieldError(errors, "query")}
        />
        <FormActions cancelHref={data.cancelHref}>Continue</FormActions>
      </PostForm>
    );
  } else if (data.step === "options") {
    const options = data.options;
    body =
      options.length === 0 ? (
        <>
          {caption}
          <h1 className="govuk-heading-l">No results found for ‘{data.state.query}’</h1>
          <p className="govuk-body">
            <a className="govuk-link" href={data.searchHref}>
              Change your search
            </a>
          </p>
        </>
      ) : (
        <PostForm>
          <Radios
            name="organisationId"
            legend={
              <>
                {caption}
                <h1 className="govuk-fieldset__heading">{heading}</h1>
              </>
            }
            legendClassName="govuk-fieldset__legend--l"
            hint={`${options.length} result${options.length === 1 ? "" : "s"} found for ‘${data.state.query}’`}
            value={(values.organisationId as string | undefined) ?? data.state.organisationId}
            error={fieldError(errors, "organisationId")}
            items={options.map((o) => ({ value: o.id, text: o.name, hint: o.detail }))}
          />
          <p className="govuk-body">
            <a className="govuk-link" href={data.searchHref}>
              Or enter different details
            </a>
          </p>
          <FormActions cancelHref={data.cancelHref}>Continue</FormActions>
        </PostForm>
      );
  } else {
    const check = data.check!;
    body = (
      <>
        {caption}
        <h1 className="govuk-heading-l">{heading}</h1>
        <SummaryList
          rows={check.rows.map(([key, value], i) => ({
            key,
            value,
            actions:
              i === (data.service === "placements" ? 1 : 0)
                ? [{ href: data.searchHref, text: "Change", visuallyHiddenText: "organisation" }]
                : undefined,
          }))}
        />
        <PostForm>
          <FormActions cancelHref={data.cancelHref} preventDoubleClick>
            Add organisation
          </FormActions>
        </PostForm>
      </>
    );
  }
  const summary = errorSummaryItems(errors, ["organisationType", "query", "organisationId"]).map((e) =>
    e.href === "#form" ? { text: e.text } : e,
  );
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
