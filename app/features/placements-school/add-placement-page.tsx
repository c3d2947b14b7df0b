import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  Checkboxes,
  ErrorSummary,
  FormActions,
  Radios,
  SummaryList,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { addPlacementStepAction, addPlacementStepLoader } from "./add-placement.server";
import { PHASE_LABELS } from "./placement-fields";

const QUESTIONS: Record<string, string> = {
  phase: "Select the phase of the placement",
  subject: "Select a subject",
  languages: "Select the languages",
  "year-group": "Select a year group",
  "key-stage": "Select a key stage",
  terms: "When could the placement take place?",
  mentors: "Select who will be the mentor",
  "check-your-answers": "Check your answers",
};
const FIELD: Record<string, string> = {
  phase: "phase",
  subject: "subjectId",
  languages: "additionalSubjectIds",
  "year-group": "yearGroup",
  "key-stage": "keyStageId",
  terms: "termIds",
  mentors: "mentorIds",
};

type Data = { step: string };
export const meta = govukMeta<Data>((data) => `${QUESTIONS[data?.step ?? ""] ?? "Add placement"} – Add placement`);
export const loader = addPlacementStepLoader;
export const action = addPlacementStepAction;

export default function AddPlacementPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const { step, state, options, backHref, cancelHref } = data;
  const heading = QUESTIONS[step];
  const field = FIELD[step];
  const value = (values[field] as string | undefined) ?? undefined;
  const phase = state.phase;

  if (step === "check-your-answers") {
    const change = (s: string, hidden: string) =>
      data.changeHrefs[s] ? [{ href: data.changeHrefs[s], text: "Change", visuallyHiddenText: hidden }] : undefined;
    const names = (ids: string[] | undefined, list: { id: string; name: string }[]) =>
      (ids ?? []).map((id) => list.find((x) => x.id === id)?.name).filter(Boolean);
    const mentorNames = (state.mentorIds ?? [])
      .map((id) => options.mentors.find((m) => m.id === id))
      .filter((m) => m !== undefined)
      .map((m) => `${m.firstName} ${m.lastName}`);
    const terms = names(state.termIds, options.terms);
    return (
      <>
        <BackLink href={backHref} />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ErrorSummary errors={errorSummaryItems(errors, ["form"])} />
            <span className="govuk-caption-l">Add placement</span>
            <h1 className="govuk-heading-l">Check your answers</h1>
            <SummaryList
              rows={[
                { key: "Academic year", value: options.academicYear.name },
                phase ? { key: "Phase", value: PHASE_LABELS[phase], actions: change("phase", "phase") } : null,
                data.subject
                  ? { key: "Subject", value: data.subject.name, actions: change("subject", "subject") }
                  : null,
                state.additionalSubjectIds?.length
                  ? {
                      key: "Languages",
                      value: names(state.additionalSubjectIds, data.subject?.children ?? []).join(", "),
                      actions: change("languages", "languages"),
                    }
                  : null,
                state.yearGroup
                  ? {
                      key: "Year group",
                      value: options.yearGroups.find((y) => y.value === state.yearGroup)?.text,
                      actions: change("year-group", "year group"),
                    }
                  : null,
                state.keyStageId
                  ? {
                      key: "Key stage",
                      value: names([state.keyStageId], options.keyStages)[0],
                      actions: change("key-stage", "key stage"),
                    }
                  : null,
                {
                  key: "Expected date",
                  value: terms.length ? terms.join(", ") : "Any time in the academic year",
                  actions: change("terms", "expected date"),
                },
                state.mentorIds !== undefined
                  ? {
                      key: "Mentor",
                      value: mentorNames.length ? mentorNames.join(", ") : "Not yet known",
                      actions: change("mentors", "mentor"),
                    }
                  : null,
              ]}
            />
            <p className="govuk-body">
              The placement is saved as a draft. Providers cannot see it until you publish it.
            </p>
            <PostForm>
              <FormActions cancelHref={cancelHref} preventDoubleClick>
                Save placement
              </FormActions>
            </PostForm>
          </div>
        </div>
      </>
    );
  }

  const legend = { legend: heading, isPageHeading: true, legendClassName: "govuk-fieldset__legend--l" };
  const error = fieldError(errors, field);
  let question;
  switch (step) {
    case "phase":
      question = (
        <Radios
          name="phase"
          {...legend}
          value={value ?? state.phase}
          error={error}
          items={state.phases.map((p) => ({ value: p, text: PHASE_LABELS[p] }))}
        />
      );
      break;
    case "subject":
      question = (
        <Radios
          name="subjectId"
          {...legend}
          value={value ?? state.subjectId}
          error={error}
          items={options.subjects.filter((s) => s.area === phase).map((s) => ({ value: s.id, text: s.name }))}
        />
      );
      break;
    case "languages":
      question = (
        <Checkboxes
          name="additionalSubjectIds"
          {...legend}
          hint="Select all that apply"
          values={state.additionalSubjectIds}
          error={error}
          items={(data.subject?.children ?? []).map((s) => ({ value: s.id, text: s.name }))}
        />
      );
      break;
    case "year-group":
      question = (
        <Radios
          name="yearGroup"
          {...legend}
          value={value ?? state.yearGroup}
          error={error}
          items={options.yearGroups}
        />
      );
      break;
    case "key-stage":
      question = (
        <Radios
          name="keyStageId"
          {...legend}
          value={value ?? state.keyStageId}
          error={error}
          items={options.keyStages.map((k) => ({ value: k.id, text: k.name }))}
        />
      );
      break;
    case "terms":
      question = (
        <Checkboxes
          name="termIds"
          {...legend}
          hint="Select all that apply"
          values={state.termIds === undefined ? [] : state.termIds.length ? state.termIds : ["any"]}
          error={error}
          items={[
            ...options.terms.map((t) => ({ value: t.id, text: t.name })),
            { divider: "or" },
            { value: "any", text: "Any time in the academic year", exclusive: true },
          ]}
        />
      );
      break;
    case "mentors":
      question = (
        <Checkboxes
          name="mentorIds"
          {...legend}
          hint="Select all that apply"
          values={state.mentorIds === undefined ? [] : state.mentorIds.length ? state.mentorIds : ["not_known"]}
          error={error}
          items={[
            ...options.mentors.map((m) => ({ value: m.id, text: `${m.firstName} ${m.lastName}` })),
            { divider: "or" },
            { value: "not_known", text: "Not yet known", exclusive: true },
          ]}
        />
      );
      break;
  }
  return (
    <>
      <BackLink href={backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, [field])} />
          <PostForm>
            <span className="govuk-caption-l">Add placement</span>
            {question}
            <FormActions cancelHref={cancelHref}>Continue</FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
