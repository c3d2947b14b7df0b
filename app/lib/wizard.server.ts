import { randomUUID } from "node:crypto";
import { redirect } from "@remix-run/node";
import { getDb } from "#server/db.ts";
import { deleteWizardState, loadWizardState, saveWizardState } from "#server/wizard/wizard-state.ts";
import { redirectWithErrors, requireSession } from "./session.server";

/**
 * One reusable mechanism for multi-step forms.
 *
 * - State lives on the server, keyed by (session, journey, key); the URL carries the key.
 * - The list of steps is computed from the state, so journeys branch.
 * - A step can be opened only when every step before it is complete (no jumping to the end).
 * - Back = the previous step in the computed list; answers are kept.
 * - Change links from check-your-answers add ?change=1 and return there after saving.
 * - Invalid answers: Post/Redirect/Get with the errors flashed (GOV.UK error summary).
 */
export interface WizardDefinition<S extends object> {
  journey: string;
  /** Steps in order for this state; the last is usually "check-your-answers". */
  steps(state: S): string[];
  /** Whether a step has what it needs, so later steps may be opened. */
  isComplete(step: string, state: S): boolean;
  /** Starting state (e.g. loaded from a record for an edit wizard). */
  initial?: S;
}

export const CHECK_STEP = "check-your-answers";
const KEY_PATTERN = /^[0-9a-f-]{36}$/;

export class Wizard<S extends object> {
  constructor(
    readonly definition: WizardDefinition<S>,
    readonly basePath: string,
    readonly key: string,
    readonly state: S,
    private readonly sessionId: string,
  ) {}

  get steps() {
    return this.definition.steps(this.state);
  }

  stepPath(step: string, opts: { change?: boolean } = {}) {
    return `${this.basePath}/${this.key}/${step}${opts.change ? "?change=1" : ""}`;
  }

  /** 404 for a step that is not in this journey, or not yet reachable. */
  assertReachable(step: string) {
    const steps = this.steps;
    const index = steps.indexOf(step);
    if (index === -1) throw new Response("Not found", { status: 404 });
    const firstIncomplete = steps.findIndex((s) => !this.definition.isComplete(s, this.state));
    if (firstIncomplete !== -1 && firstIncomplete < index) throw redirect(this.stepPath(steps[firstIncomplete]));
  }

  previousStep(step: string) {
    const steps = this.steps;
    const index = steps.indexOf(step);
    return index > 0 ? steps[index - 1] : null;
  }

  backHref(step: string, request: Request, fallback: string) {
    if (new URL(request.url).searchParams.get("change")) return this.stepPath(CHECK_STEP);
    const previous = this.previousStep(step);
    return previous ? this.stepPath(previous) : fallback;
  }

  /** Saves a step's answers and redirects to the next step (or back to check your answers). */
  async saveAndContinue(request: Request, step: string, patch: Partial<S>) {
    const next = { ...this.state, ...patch } as S;
    await saveWizardState(await getDb(), this.sessionId, this.definition.journey, this.key, next);
    const steps = this.definition.steps(next);
    const changing = new URL(request.url).searchParams.get("change");
    const firstIncomplete = steps.find((s) => !this.definition.isComplete(s, next));
    if (changing && steps.includes(CHECK_STEP) && (!firstIncomplete || firstIncomplete === CHECK_STEP)) {
      return redirect(this.stepPath(CHECK_STEP), 303);
    }
    const index = steps.indexOf(step);
    const following = steps[index + 1] ?? firstIncomplete ?? steps[steps.length - 1];
    return redirect(this.stepPath(following, { change: Boolean(changing) && following !== CHECK_STEP }), 303);
  }

  /** Replaces answers without moving on (e.g. reloading a record that changed meanwhile). */
  async update(patch: Partial<S>) {
    Object.assign(this.state, patch);
    await saveWizardState(await getDb(), this.sessionId, this.definition.journey, this.key, this.state);
  }

  /** Re-shows the step with a GOV.UK error summary. */
  async invalid(request: Request, errors: Record<string, string>, values: Record<string, unknown>) {
    return redirectWithErrors(request, errors, values);
  }

  async finish() {
    await deleteWizardState(await getDb(), this.sessionId, this.definition.journey, this.key);
  }
}

/** GET …/new: a fresh key, optional starting state, redirect to the first step. */
export async function startWizard<S extends object>(
  request: Request,
  definition: WizardDefinition<S>,
  basePath: string,
  initial: S = (definition.initial ?? {}) as S,
  firstStep?: string,
) {
  const session = await requireSession(request);
  const key = randomUUID();
  await saveWizardState(await getDb(), session.id, definition.journey, key, initial);
  const step = firstStep ?? definition.steps(initial)[0];
  return redirect(`${basePath}/${key}/${step}`, 303);
}

/** Loads the wizard for …/:key/:step; an unknown or expired key goes back to the start. */
export async function openWizard<S extends object>(
  request: Request,
  definition: WizardDefinition<S>,
  basePath: string,
  key: string | undefined,
) {
  const session = await requireSession(request);
  if (!key || !KEY_PATTERN.test(key)) throw new Response("Not found", { status: 404 });
  const state = await loadWizardState<S>(await getDb(), session.id, definition.journey, key);
  if (!state) throw redirect(`${basePath}`, 303);
  return new Wizard(definition, basePath, key, state, session.id);
}
