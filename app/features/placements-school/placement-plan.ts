import type { Phase } from "#server/placements/school-placement/school-placement.schema.ts";
import type { AppetiteChoice } from "#server/placements/hosting-interest/hosting-interest.schema.ts";

/**
 * The hosting-interest wizards and bulk add share one set of steps ("a placement plan"):
 *  - add: appetite → Yes: [phase] → year groups → quantities / subjects → quantities → languages per placement /
 *    key stages → quantities → school contact → check; Maybe: the same selections ("I don't know" allowed,
 *    quantities optional) → note to providers → school contact → check; No: reasons → help → school contact → check.
 *  - edit: the same without the contact step.
 *  - bulk (Bulk add placements) and convert (potential details into placements): the Yes steps only.
 */
export type PlanMode = "add" | "edit" | "bulk" | "convert";
export const UNKNOWN = "unknown";

export type PlanState = {
  mode: PlanMode;
  schoolPhases: Phase[];
  subjectsWithChildren: string[];
  expectedAppetite?: string | null;
  appetite?: AppetiteChoice;
  phases?: string[];
  yearGroups?: string[];
  yearGroupCounts?: Record<string, number | null>;
  subjectIds?: string[];
  subjectCounts?: Record<string, number | null>;
  keyStageIds?: string[];
  keyStageCounts?: Record<string, number | null>;
  languages?: Record<string, string[]>;
  note?: string;
  reasons?: string[];
  otherReason?: string;
  helpSeen?: boolean;
  contact?: { firstName: string; lastName: string; email: string };
};

export const STEP = {
  appetite: "appetite",
  phase: "phase",
  yearGroups: "year-groups",
  yearGroupQuantities: "year-group-quantities",
  subjects: "subjects",
  subjectQuantities: "subject-quantities",
  keyStages: "key-stages",
  keyStageQuantities: "key-stage-quantities",
  note: "note",
  reasons: "reasons",
  help: "help",
  contact: "school-contact",
} as const;
export const CHECK = "check-your-answers";
const LANGUAGES_PREFIX = "languages-";

export const languagesStep = (subjectId: string, n: number) => `${LANGUAGES_PREFIX}${subjectId}-${n}`;
/** "languages-<subjectId>-<n>" → its subject and placement number. */
export function parseLanguagesStep(step: string) {
  const match = /^languages-([0-9a-f-]{36})-(\d{1,2})$/.exec(step);
  return match ? { subjectId: match[1], n: Number(match[2]), key: `${match[1]}-${match[2]}` } : null;
}

export const isMaybe = (s: PlanState) => s.appetite === "interested";

/** The phases the plan covers: the school's only phase, or the ones chosen (none when "I don't know"). */
export function planPhases(s: PlanState): string[] {
  if (s.schoolPhases.length === 1) return s.schoolPhases;
  return (s.phases ?? []).filter((p) => p !== UNKNOWN);
}

const known = (list: string[] | undefined) => Boolean(list?.length) && !list!.includes(UNKNOWN);

export function planSteps(s: PlanState): string[] {
  const list: string[] = [];
  if (s.mode === "add" || s.mode === "edit") list.push(STEP.appetite);
  const appetite = s.mode === "bulk" || s.mode === "convert" ? "actively_looking" : s.appetite;
  if (appetite === "not_open") {
    list.push(STEP.reasons, STEP.help);
  } else if (appetite) {
    if (s.schoolPhases.length > 1) list.push(STEP.phase);
    const phases = planPhases(s);
    if (phases.includes("primary")) {
      list.push(STEP.yearGroups);
      if (known(s.yearGroups)) list.push(STEP.yearGroupQuantities);
    }
    if (phases.includes("secondary")) {
      list.push(STEP.subjects);
      if (known(s.subjectIds)) list.push(STEP.subjectQuantities);
      if (appetite === "actively_looking") {
        for (const subjectId of s.subjectIds ?? []) {
          if (!s.subjectsWithChildren.includes(subjectId)) continue;
          const count = s.subjectCounts?.[subjectId] ?? 0;
          for (let n = 1; n <= count; n++) list.push(languagesStep(subjectId, n));
        }
      }
    }
    if (phases.includes("send")) {
      list.push(STEP.keyStages);
      if (known(s.keyStageIds)) list.push(STEP.keyStageQuantities);
    }
    if (appetite === "interested") list.push(STEP.note);
  }
  if (s.mode === "add" && appetite) list.push(STEP.contact);
  list.push(CHECK);
  return list;
}

function countsComplete(s: PlanState, ids: string[] | undefined, counts: Record<string, number | null> | undefined) {
  if (!counts) return false;
  // "Yes" needs every quantity; "Maybe" may leave them unknown.
  return isMaybe(s) || (ids ?? []).every((id) => typeof counts[id] === "number");
}

export function planStepComplete(step: string, s: PlanState): boolean {
  const languages = parseLanguagesStep(step);
  if (languages) return Boolean(s.languages?.[languages.key]?.length);
  switch (step) {
    case STEP.appetite:
      return Boolean(s.appetite);
    case STEP.phase:
      return Boolean(s.phases?.length);
    case STEP.yearGroups:
      return Boolean(s.yearGroups?.length);
    case STEP.yearGroupQuantities:
      return countsComplete(s, s.yearGroups, s.yearGroupCounts);
    case STEP.subjects:
      return Boolean(s.subjectIds?.length);
    case STEP.subjectQuantities:
      return countsComplete(s, s.subjectIds, s.subjectCounts);
    case STEP.keyStages:
      return Boolean(s.keyStageIds?.length);
    case STEP.keyStageQuantities:
      return countsComplete(s, s.keyStageIds, s.keyStageCounts);
    case STEP.note:
      return s.note !== undefined;
    case STEP.reasons:
      return Boolean(s.reasons?.length);
    case STEP.help:
      return Boolean(s.helpSeen);
    case STEP.contact:
      return Boolean(s.contact);
    default:
      return false;
  }
}

/** The placements a "Yes" plan creates: one per quantity, with its languages. */
export function plannedPlacements(s: PlanState, primarySubjectId: string | undefined) {
  const phases = planPhases(s);
  const out: {
    phase: Phase;
    subjectId?: string;
    additionalSubjectIds: string[];
    yearGroup?: string;
    keyStageId?: string;
  }[] = [];
  const times = (count: number | null | undefined) => Array.from({ length: count ?? 0 }, (_, i) => i + 1);
  if (phases.includes("primary")) {
    for (const yearGroup of s.yearGroups ?? []) {
      for (const _ of times(s.yearGroupCounts?.[yearGroup])) {
        out.push({ phase: "primary", subjectId: primarySubjectId, additionalSubjectIds: [], yearGroup });
      }
    }
  }
  if (phases.includes("secondary")) {
    for (const subjectId of s.subjectIds ?? []) {
      for (const n of times(s.subjectCounts?.[subjectId])) {
        out.push({ phase: "secondary", subjectId, additionalSubjectIds: s.languages?.[`${subjectId}-${n}`] ?? [] });
      }
    }
  }
  if (phases.includes("send")) {
    for (const keyStageId of s.keyStageIds ?? []) {
      for (const _ of times(s.keyStageCounts?.[keyStageId])) {
        out.push({ phase: "send", keyStageId, additionalSubjectIds: [] });
      }
    }
  }
  return out;
}

function selection<T extends string>(
  ids: string[] | undefined,
  counts: Record<string, number | null> | undefined,
  key: T,
) {
  if (!ids?.length) return undefined;
  if (ids.includes(UNKNOWN)) return UNKNOWN;
  return ids.map((id) => ({ [key]: id, quantity: counts?.[id] ?? null })) as ({ quantity: number | null } & Record<
    T,
    string
  >)[];
}

/** What a "Maybe" plan records as potential placement details. */
export function potentialDetails(s: PlanState) {
  const phases = planPhases(s);
  return {
    phases: phases.length ? phases : UNKNOWN,
    yearGroups: phases.includes("primary") ? selection(s.yearGroups, s.yearGroupCounts, "yearGroup") : undefined,
    subjects: phases.includes("secondary") ? selection(s.subjectIds, s.subjectCounts, "subjectId") : undefined,
    keyStages: phases.includes("send") ? selection(s.keyStageIds, s.keyStageCounts, "keyStageId") : undefined,
    note: s.note ?? "",
  };
}

type Potential = { phases: unknown; yearGroups?: unknown; subjects?: unknown; keyStages?: unknown };

/** Convert: the plan starts from the school's potential details (what is unknown is asked). */
export function planFromPotential(base: PlanState, p: Potential | null): PlanState {
  if (!p) return base;
  const pick = <K extends string>(list: unknown, _key: K) =>
    Array.isArray(list) ? (list as Record<K | "quantity", unknown>[]) : [];
  const ids = (list: unknown, key: string) => pick(list, key).map((x) => String(x[key]));
  const counts = (list: unknown, key: string) => {
    const items = pick(list, key);
    if (!items.length || items.some((x) => typeof x.quantity !== "number")) return undefined;
    return Object.fromEntries(items.map((x) => [String(x[key]), x.quantity as number]));
  };
  const phases = Array.isArray(p.phases) ? p.phases.filter((x) => base.schoolPhases.includes(x as Phase)) : [];
  return {
    ...base,
    phases: phases.length ? phases : undefined,
    yearGroups: ids(p.yearGroups, "yearGroup").length ? ids(p.yearGroups, "yearGroup") : undefined,
    yearGroupCounts: counts(p.yearGroups, "yearGroup"),
    subjectIds: ids(p.subjects, "subjectId").length ? ids(p.subjects, "subjectId") : undefined,
    subjectCounts: counts(p.subjects, "subjectId"),
    keyStageIds: ids(p.keyStages, "keyStageId").length ? ids(p.keyStages, "keyStageId") : undefined,
    keyStageCounts: counts(p.keyStages, "keyStageId"),
  };
}
