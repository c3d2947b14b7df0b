import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  Checkboxes,
  ErrorSummary,
  FormActions,
  InsetText,
  Radios,
  SummaryList,
  Table,
  TextInput,
  Textarea,
  WarningText,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { PHASE_LABELS } from "./placement-fields";
import { CHECK, STEP, UNKNOWN, type PlanMode } from "./placement-plan";
import { planStepAction, planStepLoader } from "./placement-plan.server";

const CAPTION: Record<PlanMode, string> = {
  add: "Placement information",
  edit: "Placement information",
  bulk: "Bulk add placements",
  convert: "Add placements",
};

type Heading = { step: string; maybe: boolean; appetite?: string | null; mode: PlanMode; year?: string };
/** Each step's question (the page heading and title). */
function headingFor({ step, maybe, appetite, year }: Heading) {
  const can = maybe ? "could" : "can";
  if (step.startsWith("languages-")) return "Select the languages";
  switch (step) {
    case STEP.appetite:
      return `Can your school offer placements for trainee teachers in the ${year ?? ""} academic year?`;
    case STEP.phase:
      return `What phase of education ${maybe ? "could" : "will"} your placements be?`;
    case STEP.yearGroups:
      return `Which primary school year groups ${can} you offer placements in?`;
    case STEP.yearGroupQuantities:
      return `How many placements ${can} you offer in each year group?`;
    case STEP.subjects:
      return `Which secondary school subjects ${can} you offer placements in?`;
    case STEP.subjectQuantities:
      return `How many placements ${can} you offer in each subject?`;
    case STEP.keyStages:
      return `Which key stages ${can} you offer SEND placements in?`;
    case STEP.keyStageQuantities:
      return `How many SEND placements ${can} you offer in each key stage?`;
    case STEP.note:
      return "Is there anything about your school you would like providers to know?";
    case STEP.reasons:
      return "What are your reasons for not taking part in ITT this year?";
    case STEP.help:
      return "Help available to you";
    case STEP.contact:
      return "Who should providers contact?";
    case CHECK:
      if (appetite === "not_open") return "Are you sure you do not want to be contacted about placements?";
      if (maybe) return "Confirm and share what you may be able to offer";
      return "Check your answers";
    default:
      return "Placement information";
  }
}

type MetaData = {
  step: string;
  mode: PlanMode;
  state: { appetite?: string };
  options: { academicYear: { name: string } };
};
export const meta = govukMeta<MetaData>((d) =>
  d
    ? headingFor({
        step: d.step,
        mode: d.mode,
        maybe: d.state.appetite === "interested",
        appetite: d.state.appetite,
        year: d.options.academicYear.name,
      })
    : "Placement information",
);
export const loader = planStepLoader;
export const action = planStepAction;

export default function PlacementPlanPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const { step, state, options, mode } = data;
  const {
    appetites: APPETITE_LABELS,
    reasons: REASONS_NOT_HOSTING,
    other: OTHER_REASON,
    quantityMax: QUANTITY_MAX,
  } = data.labels;
  const appetite = mode === "bulk" || mode === "convert" ? "actively_looking" : state.appetite;
  const maybe = appetite === "interested";
  const heading = headingFor({ step, mode, maybe, appetite, year: options.academicYear.name });
  const legend = { legend: heading, isPageHeading: true, legendClassName: "govuk-fieldset__legend--l" };
  const unknownItem = maybe ? [{ divider: "or" }, { value: UNKNOWN, text: "I don’t know", exclusive: true }] : [];
  const yearGroupName = (v: string) => options.yearGroups.find((y) => y.value === v)?.text ?? v;
  const subjectName = (id: string) => options.subjects.find((x) => x.id === id)?.name ?? id;
  const keyStageName = (id: string) => options.keyStages.find((k) => k.id === id)?.name ?? id;
  /** After an error, what was ticked; otherwise the saved answer. */
  const picked = (name: string, saved: readonly string[]) => {
    const posted = (values as Record<string, unknown>)[name];
    return Array.isArray(posted) ? (posted as string[]) : saved;
  };

  let body: React.ReactNode;
  let order: string[] = [];
  const quantityInputs = (ids: string[], name: (id: string) => string, counts?: Record<string, number | null>) => {
    order = ids.map((id) => `quantity-${id}`);
    return (
      <>
        <h1 className="govuk-heading-l">{heading}</h1>
        {maybe ? <p className="govuk-body">Leave a box empty if you do not know yet.</p> : null}
        {ids.map((id) => (
          <TextInput
            key={id}
            name={`quantity-${id}`}
            label={name(id)}
            className="govuk-input--width-2"
            inputMode="numeric"
            hint={maybe ? undefined : `Up to ${QUANTITY_MAX}`}
            defaultValue={(values[`quantity-${id}`] as string | undefined) ?? String(counts?.[id] ?? "")}
            error={fieldError(errors, `quantity-${id}`)}
          />
        ))}
      </>
    );
  };

  if (data.languages) {
    const subject = options.subjects.find((x) => x.id === data.languages!.subjectId);
    order = ["additionalSubjectIds"];
    body = (
      <Checkboxes
        name="additionalSubjectIds"
        {...legend}
        hint={`${subject?.name ?? ""} placement ${data.languages.n}. Select all that apply`}
        values={picked("additionalSubjectIds", state.languages?.[data.languages.key] ?? [])}
        error={fieldError(errors, "additionalSubjectIds")}
        items={(subject?.children ?? []).map((c) => ({ value: c.id, text: c.name }))}
      />
    );
  } else
    switch (step) {
      case STEP.appetite:
        order = ["appetite"];
        body = (
          <Radios
            name="appetite"
            {...legend}
            value={(values.appetite as string | undefined) ?? state.appetite}
            error={fieldError(errors, "appetite")}
            items={(["actively_looking", "interested", "not_open"] as const).map((v) => ({
              value: v,
              text: APPETITE_LABELS[v],
            }))}
          />
        );
        break;
      case STEP.phase:
        order = ["phases"];
        body = (
          <Checkboxes
            name="phases"
            {...legend}
            hint="Select all that apply"
            values={picked("phases", state.phases ?? [])}
            error={fieldError(errors, "phases")}
            items={[...state.schoolPhases.map((p) => ({ value: p, text: PHASE_LABELS[p] })), ...unknownItem]}
          />
        );
        break;
      case STEP.yearGroups:
        order = ["yearGroups"];
        body = (
          <Checkboxes
            name="yearGroups"
            {...legend}
            hint="Select all that apply"
            values={picked("yearGroups", state.yearGroups ?? [])}
            error={fieldError(errors, "yearGroups")}
            items={[...options.yearGroups, ...unknownItem]}
          />
        );
        break;
      case STEP.subjects:
        order = ["subjectIds"];
        body = (
          <Checkboxes
            name="subjectIds"
            {...legend}
            hint="Select all that apply"
            values={picked("subjectIds", state.subjectIds ?? [])}
            error={fieldError(errors, "subjectIds")}
            items={[
              ...options.subjects.filter((x) => x.area === "secondary").map((x) => ({ value: x.id, text: x.name })),
              ...unknownItem,
            ]}
          />
        );
        break;
      case STEP.keyStages:
        order = ["keyStageIds"];
        body = (
          <Checkboxes
            name="keyStageIds"
            {...legend}
            hint="Select all that apply"
            values={picked("keyStageIds", state.keyStageIds ?? [])}
            error={fieldError(errors, "keyStageIds")}
            items={[...options.keyStages.map((k) => ({ value: k.id, text: k.name })), ...unknownItem]}
          />
        );
        break;
      case STEP.yearGroupQuantities:
        body = quantityInputs(state.yearGroups ?? [], yearGroupName, state.yearGroupCounts);
        break;
      case STEP.subjectQuantities:
        body = quantityInputs(state.subjectIds ?? [], subjectName, state.subjectCounts);
        break;
      case STEP.keyStageQuantities:
        body = quantityInputs(state.keyStageIds ?? [], keyStageName, state.keyStageCounts);
        break;
      case STEP.note:
        order = ["note"];
        body = (
          <Textarea
            name="note"
            label={heading}
            labelClassName="govuk-label--l"
            isPageHeading
            hint="Optional. For example, the days trainees could attend or how to reach you."
            defaultValue={(values.note as string | undefined) ?? state.note ?? ""}
            error={fieldError(errors, "note")}
          />
        );
        break;
      case STEP.reasons:
        order = ["reasons", "otherReason"];
        body = (
          <Checkboxes
            name="reasons"
            {...legend}
            hint="Select all that apply"
            values={picked("reasons", state.reasons ?? [])}
            error={fieldError(errors, "reasons")}
            items={[
              ...REASONS_NOT_HOSTING.map((r) => ({ value: r, text: r })),
              {
                value: OTHER_REASON,
                text: OTHER_REASON,
                conditional: (
                  <TextInput
                    name="otherReason"
                    label="Tell us your reason"
                    defaultValue={(values.otherReason as string | undefined) ?? state.otherReason ?? ""}
                    error={fieldError(errors, "otherReason")}
                  />
                ),
              },
            ]}
          />
        );
        break;
      case STEP.help:
        body = (
          <>
            <h1 className="govuk-heading-l">{heading}</h1>
            <p className="govuk-body">
              Teacher training providers near you can help you find out what hosting trainees involves, including mentor
              training and funding.
            </p>
            {data.nearby.length ? (
              <Table
                caption="Providers near your school"
                captionClassName="govuk-table__caption--m"
                head={["Provider", "Distance", "Contact"]}
                rows={data.nearby.map((p) => [
                  p.name,
                  `${Number(p.miles).toFixed(1)} miles`,
                  p.emailAddress ?? p.telephone ?? "Not known",
                ])}
              />
            ) : (
              <p className="govuk-body">We could not find providers near your school.</p>
            )}
          </>
        );
        break;
      case STEP.contact:
        order = ["firstName", "lastName", "email"];
        body = (
          <>
            <h1 className="govuk-heading-l">{heading}</h1>
            <p className="govuk-body">
              Choose the person best placed to organise ITT placements at your school. This information will be shown on
              your profile.
            </p>
            {(["firstName", "lastName", "email"] as const).map((name) => (
              <TextInput
                key={name}
                name={name}
                label={{ firstName: "First name", lastName: "Last name", email: "Email address" }[name]}
                type={name === "email" ? "email" : "text"}
                autoComplete={name === "email" ? "email" : name === "firstName" ? "given-name" : "family-name"}
                spellCheck={false}
                defaultValue={(values[name] as string | undefined) ?? data.contact?.[name] ?? ""}
                error={fieldError(errors, name)}
              />
            ))}
          </>
        );
        break;
      case CHECK:
        return <CheckAnswers heading={heading} />;
    }

  return (
    <>
      <BackLink href={data.backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, order)} />
          <PostForm>
            <span className="govuk-caption-l">{CAPTION[mode]}</span>
            {body}
            <FormActions cancelHref={data.cancelHref}>Continue</FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}

function CheckAnswers({ heading }: { heading: string }) {
  const data = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const { state, options, mode } = data;
  const { appetites: APPETITE_LABELS, other: OTHER_REASON } = data.labels;
  const appetite = mode === "bulk" || mode === "convert" ? "actively_looking" : state.appetite;
  const change = (s: string, hidden: string) =>
    data.changeHrefs[s] ? [{ href: data.changeHrefs[s], text: "Change", visuallyHiddenText: hidden }] : undefined;
  const yearGroupName = (v: string) => options.yearGroups.find((y) => y.value === v)?.text ?? v;
  const subjectName = (id: string) => options.subjects.find((x) => x.id === id)?.name ?? id;
  const keyStageName = (id: string) => options.keyStages.find((k) => k.id === id)?.name ?? id;
  const listed = (
    ids: string[] | undefined,
    counts: Record<string, number | null> | undefined,
    name: (id: string) => string,
  ) =>
    (ids ?? []).includes(UNKNOWN)
      ? "I don’t know"
      : (ids ?? []).map((id) => `${name(id)}${typeof counts?.[id] === "number" ? ` (${counts[id]})` : ""}`).join(", ");
  const phases = data.phases;
  const rows = [
    { key: "Academic year", value: options.academicYear.name },
    mode === "add" || mode === "edit"
      ? {
          key: "Can you offer placements?",
          value: APPETITE_LABELS[appetite as keyof typeof APPETITE_LABELS],
          actions: change(STEP.appetite, "whether you can offer placements"),
        }
      : null,
    appetite === "not_open"
      ? {
          key: "Reasons",
          value: (state.reasons ?? [])
            .map((r) => (r === OTHER_REASON ? `Other: ${state.otherReason ?? ""}` : r))
            .join(", "),
          actions: change(STEP.reasons, "reasons"),
        }
      : null,
    appetite !== "not_open" && data.changeHrefs[STEP.phase]
      ? {
          key: "Phase",
          value: phases.length ? phases.map((p) => PHASE_LABELS[p]).join(", ") : "I don’t know",
          actions: change(STEP.phase, "phase"),
        }
      : null,
    appetite !== "not_open" && phases.includes("primary")
      ? {
          key: "Year groups",
          value: listed(state.yearGroups, state.yearGroupCounts, yearGroupName),
          actions: change(STEP.yearGroups, "year groups"),
        }
      : null,
    appetite !== "not_open" && phases.includes("secondary")
      ? {
          key: "Subjects",
          value: listed(state.subjectIds, state.subjectCounts, subjectName),
          actions: change(STEP.subjects, "subjects"),
        }
      : null,
    appetite !== "not_open" && phases.includes("send")
      ? {
          key: "SEND key stages",
          value: listed(state.keyStageIds, state.keyStageCounts, keyStageName),
          actions: change(STEP.keyStages, "key stages"),
        }
      : null,
    appetite === "interested"
      ? { key: "Note to providers", value: state.note || "None", actions: change(STEP.note, "note to providers") }
      : null,
    state.contact
      ? {
          key: "Placement contact",
          value: `${state.contact.firstName} ${state.contact.lastName} (${state.contact.email})`,
          actions: change(STEP.contact, "placement contact"),
        }
      : null,
  ];
  const willDelete = mode === "edit" && data.current.appetite === "actively_looking" && appetite !== "actively_looking";
  return (
    <>
      <BackLink href={data.backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["form"])} />
          <span className="govuk-caption-l">{CAPTION[mode]}</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          <SummaryList rows={rows} />
          {appetite === "actively_looking" ? (
            <>
              <h2 className="govuk-heading-m">Placements to add ({data.placements.length})</h2>
              <ul className="govuk-list govuk-list--bullet">
                {data.placements.map((p, i) => (
                  <li key={i}>
                    {p.phase === "send"
                      ? `SEND (${keyStageName(p.keyStageId ?? "")})`
                      : p.additionalSubjectIds.length
                        ? p.additionalSubjectIds.map(subjectName).join(" and ")
                        : `${subjectName(p.subjectId ?? "")}${p.yearGroup ? ` (${yearGroupName(p.yearGroup)})` : ""}`}
                  </li>
                ))}
              </ul>
              <InsetText>
                The placements are saved as drafts. Providers cannot see them until you publish them.
              </InsetText>
            </>
          ) : null}
          {willDelete && data.current.unassigned > 0 ? (
            <WarningText>Your {data.current.unassigned} placements without a provider will be deleted.</WarningText>
          ) : null}
          <PostForm>
            <FormActions cancelHref={data.cancelHref} preventDoubleClick>
              {appetite === "not_open"
                ? "Confirm"
                : appetite === "interested"
                  ? "Confirm and share"
                  : "Save placements"}
            </FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
