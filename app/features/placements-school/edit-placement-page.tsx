import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  Checkboxes,
  ErrorSummary,
  FormActions,
  Radios,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { editPlacementAction, editPlacementLoader } from "./placement.server";

type Data = { title: string; placement: { title: string } };
export const meta = govukMeta<Data>((data) => `${data?.title ?? "Change placement"} – ${data?.placement.title ?? ""}`);
export const loader = editPlacementLoader;
export const action = editPlacementAction;

const FIELD_NAMES = {
  "year-group": "yearGroup",
  "key-stage": "keyStageId",
  terms: "termIds",
  mentors: "mentorIds",
} as const;

/** One Change link on the placement page: the question for that field, pre-filled. */
export default function EditPlacementPage() {
  const { field, title, placement, options, backHref } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const name = FIELD_NAMES[field];
  const legend = { legend: title, isPageHeading: true, legendClassName: "govuk-fieldset__legend--l" };
  const error = fieldError(errors, name);
  let question;
  if (field === "year-group") {
    question = (
      <Radios
        name={name}
        {...legend}
        value={(values[name] as string | undefined) ?? placement.yearGroup}
        error={error}
        items={options.yearGroups}
      />
    );
  } else if (field === "key-stage") {
    question = (
      <Radios
        name={name}
        {...legend}
        value={(values[name] as string | undefined) ?? placement.keyStageId}
        error={error}
        items={options.keyStages.map((k) => ({ value: k.id, text: k.name }))}
      />
    );
  } else if (field === "terms") {
    question = (
      <Checkboxes
        name={name}
        {...legend}
        hint="Select all that apply"
        values={placement.termIds.length ? placement.termIds : ["any"]}
        error={error}
        items={[
          ...options.terms.map((t) => ({ value: t.id, text: t.name })),
          { divider: "or" },
          { value: "any", text: "Any time in the academic year", exclusive: true },
        ]}
      />
    );
  } else {
    const current = placement.mentors.map((m) => m.id);
    question = options.mentors.length ? (
      <Checkboxes
        name={name}
        {...legend}
        hint="Select all that apply"
        values={current.length ? current : ["not_known"]}
        error={error}
        items={[
          ...options.mentors.map((m) => ({ value: m.id, text: `${m.firstName} ${m.lastName}` })),
          { divider: "or" },
          { value: "not_known", text: "Not yet known", exclusive: true },
        ]}
      />
    ) : null;
  }
  return (
    <>
      <BackLink href={backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, [name])} />
          {question ? (
            <PostForm>
              <span className="govuk-caption-l">{placement.title}</span>
              {question}
              <FormActions cancelHref={backHref}>Continue</FormActions>
            </PostForm>
          ) : (
            <>
              <span className="govuk-caption-l">{placement.title}</span>
              <h1 className="govuk-heading-l">{title}</h1>
              <p className="govuk-body">
                Your school has no mentors yet. Add mentors to your school first, then choose them for this placement.
              </p>
              <p className="govuk-body">
                <a className="govuk-link" href={backHref}>
                  Back to placement
                </a>
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
