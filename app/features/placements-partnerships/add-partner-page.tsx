import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  ErrorSummary,
  FormActions,
  Radios,
  SummaryList,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { AutocompleteField } from "~/components/forms/AutocompleteField";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { addPartnerStepAction, addPartnerStepLoader } from "./partnerships.server";
import { PARTNERSHIP_WORDING, type PartnershipSide } from "./wording";

type Data = { side: PartnershipSide; step: string; state: { query?: string }; options: unknown[] };
function title(data: Data | undefined) {
  const wording = PARTNERSHIP_WORDING[data?.side ?? "school"];
  if (data?.step === "options") {
    const n = data.options.length;
    return `${n} result${n === 1 ? "" : "s"} found for ‘${data.state.query ?? ""}’`;
  }
  if (data?.step === "check-your-answers") return wording.checkTitle;
  return wording.addTitle;
}
export const meta = govukMeta<Data>(
  (data) => `${title(data)} – ${PARTNERSHIP_WORDING[data?.side ?? "school"].caption}`,
);
export const loader = addPartnerStepLoader;
export const action = addPartnerStepAction;

/** Add a partner: search (an autocomplete with JavaScript) → options (radios) → confirm. */
export default function AddPartnerPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const wording = PARTNERSHIP_WORDING[data.side];
  const heading = title(data);
  const caption = <span className="govuk-caption-l">{wording.caption}</span>;
  let body;
  if (data.step === "partner") {
    body = (
      <PostForm>
        {caption}
        <AutocompleteField
          name="query"
          pickName="partnerId"
          suggestions={{ service: "placements", list: data.side === "school" ? "providers" : "schools" }}
          label={heading}
          isPageHeading
          hint={wording.hint}
          defaultValue={(values.query as string | undefined) ?? data.state.query ?? ""}
          error={fieldError(errors, "query")}
        />
        <FormActions cancelHref={data.cancelHref}>Continue</FormActions>
      </PostForm>
    );
  } else if (data.step === "options") {
    body =
      data.options.length === 0 ? (
        <>
          {caption}
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">
            <a className="govuk-link" href={data.searchHref}>
              Change your search
            </a>
          </p>
        </>
      ) : (
        <PostForm>
          <Radios
            name="partnerId"
            legend={
              <>
                {caption}
                <h1 className="govuk-fieldset__heading">{heading}</h1>
              </>
            }
            legendClassName="govuk-fieldset__legend--l"
            value={(values.partnerId as string | undefined) ?? data.state.partnerId}
            error={fieldError(errors, "partnerId")}
            items={data.options.map((o) => ({ value: o.id, text: o.name, hint: o.detail }))}
          />
          <p className="govuk-body">
            <a className="govuk-link" href={data.searchHref}>
              Change your search
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
        {data.side === "school" ? (
          <p className="govuk-body">
            Adding them means you will be able to assign them to your placements.
            {check.placementsService ? " We will send them an email to let them know you have added them." : ""}
          </p>
        ) : null}
        <h2 className="govuk-heading-m">{wording.checkHeading}</h2>
        <SummaryList
          rows={check.rows.map(([key, value], i) => ({
            key,
            value,
            actions:
              i === 0 ? [{ href: data.searchHref, text: "Change", visuallyHiddenText: wording.partner }] : undefined,
          }))}
        />
        <PostForm>
          <FormActions cancelHref={data.cancelHref} preventDoubleClick>
            {wording.confirm}
          </FormActions>
        </PostForm>
      </>
    );
  }
  const summary = errorSummaryItems(errors, ["query", "partnerId"]).map((e) =>
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
