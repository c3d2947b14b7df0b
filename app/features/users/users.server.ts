import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { ClaimsSupportUserSchema, UserDetailsSchema } from "#server/shared/user/user.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";

/**
 * One set of user pages for every place users are managed: the users of a claims school, a placements
 * school or a placements provider, and each console's support users. The URL decides which procedures
 * run; each procedure's guard checks the organisation (membership or support) itself.
 */
type Api = Awaited<ReturnType<typeof callerFor>>;
type UserRow = { id: string; firstName: string; lastName: string; email: string };
type Details = { firstName: string; lastName: string; email: string };

interface UserScope {
  basePath: string;
  support: boolean;
  schema: z.ZodType<Details>;
  list(api: Api): Promise<UserRow[]>;
  byId(api: Api, userId: string): Promise<UserRow>;
  add(api: Api, input: Details): Promise<UserRow>;
  remove(api: Api, userId: string): Promise<unknown>;
}

function scopeFor(request: Request, params: Record<string, string | undefined>): UserScope {
  const path = new URL(request.url).pathname;
  if (path.startsWith("/claims/schools/")) {
    const schoolId = idParam(params, "schoolId");
    return {
      basePath: `/claims/schools/${schoolId}/users`,
      support: false,
      schema: UserDetailsSchema,
      list: (api) => api.claims.user.list({ schoolId }),
      byId: (api, userId) => api.claims.user.byId({ schoolId, userId }),
      add: (api, input) => api.claims.user.add({ schoolId, ...input }),
      remove: (api, userId) => api.claims.user.remove({ schoolId, userId }),
    };
  }
  if (path.startsWith("/placements/schools/")) {
    const schoolId = idParam(params, "schoolId");
    return {
      basePath: `/placements/schools/${schoolId}/users`,
      support: false,
      schema: UserDetailsSchema,
      list: (api) => api.placements.schoolUser.list({ schoolId }),
      byId: (api, userId) => api.placements.schoolUser.byId({ schoolId, userId }),
      add: (api, input) => api.placements.schoolUser.add({ schoolId, ...input }),
      remove: (api, userId) => api.placements.schoolUser.remove({ schoolId, userId }),
    };
  }
  if (path.startsWith("/placements/providers/")) {
    const providerId = idParam(params, "providerId");
    return {
      basePath: `/placements/providers/${providerId}/users`,
      support: false,
      schema: UserDetailsSchema,
      list: (api) => api.placements.providerUser.list({ providerId }),
      byId: (api, userId) => api.placements.providerUser.byId({ providerId, userId }),
      add: (api, input) => api.placements.providerUser.add({ providerId, ...input }),
      remove: (api, userId) => api.placements.providerUser.remove({ providerId, userId }),
    };
  }
  if (path.startsWith("/claims/support/support-users")) {
    return {
      basePath: "/claims/support/support-users",
      support: true,
      schema: ClaimsSupportUserSchema,
      list: (api) => api.claims.support.supportUser.list(),
      byId: (api, userId) => api.claims.support.supportUser.byId({ userId }),
      add: (api, input) => api.claims.support.supportUser.add(input),
      remove: (api, userId) => api.claims.support.supportUser.remove({ userId }),
    };
  }
  if (path.startsWith("/placements/support/support-users")) {
    return {
      basePath: "/placements/support/support-users",
      support: true,
      schema: UserDetailsSchema,
      list: (api) => api.placements.support.supportUser.list(),
      byId: (api, userId) => api.placements.support.supportUser.byId({ userId }),
      add: (api, input) => api.placements.support.supportUser.add(input),
      remove: (api, userId) => api.placements.support.supportUser.remove({ userId }),
    };
  }
  throw new Response("Not found", { status: 404 });
}

function labels(support: boolean) {
  return support
    ? {
        heading: "Support users",
        noun: "support user",
        add: "Add support user",
        added: "Support user added",
        removed: "Support user removed",
      }
    : { heading: "Users", noun: "user", add: "Add user", added: "User added", removed: "User removed" };
}
export type UserLabels = ReturnType<typeof labels>;

export async function usersListLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const scope = scopeFor(request, params);
  const api = await callerFor(request, context.requestId);
  const users = await orNotFound(scope.list(api));
  return json({ users, basePath: scope.basePath, labels: labels(scope.support) });
}

export async function userLoader({ request, params, context }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const scope = scopeFor(request, params);
  const userId = idParam(params, "userId");
  const api = await callerFor(request, context.requestId);
  const user = await orNotFound(scope.byId(api, userId));
  return json({ user, basePath: scope.basePath, labels: labels(scope.support), isSelf: user.id === session.user.id });
}

export async function removeUserAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const scope = scopeFor(request, params);
  const userId = idParam(params, "userId");
  const api = await callerFor(request, context.requestId);
  try {
    await scope.remove(api, userId);
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, {});
    throwHttpError(error);
  }
  return redirectWithBanner(request, scope.basePath, { heading: labels(scope.support).removed });
}

// Add user wizard ------------------------------------------------------------------------------------------------

type AddUserState = Partial<Details>;
const USER_STEP = "user";

function wizardFor(scope: UserScope): WizardDefinition<AddUserState> {
  return {
    journey: `add-user:${scope.basePath}`,
    steps: () => [USER_STEP, CHECK_STEP],
    isComplete: (step, state) =>
      step === USER_STEP ? Boolean(state.firstName && state.lastName && state.email) : false,
  };
}

export async function addUserStartLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const scope = scopeFor(request, params);
  // The list call runs the organisation guard: no wizard for an organisation you cannot see.
  await orNotFound(scope.list(await callerFor(request, context.requestId)));
  return startWizard(request, wizardFor(scope), `${scope.basePath}/new`);
}

export async function addUserStepLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const scope = scopeFor(request, params);
  await orNotFound(scope.list(await callerFor(request, context.requestId)));
  const wizard = await openWizard(request, wizardFor(scope), `${scope.basePath}/new`, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  return json({
    step,
    state: wizard.state,
    labels: labels(scope.support),
    support: scope.support,
    backHref: wizard.backHref(step, request, scope.basePath),
    cancelHref: scope.basePath,
    changeHref: wizard.stepPath(USER_STEP, { change: true }),
  });
}

export async function addUserStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const scope = scopeFor(request, params);
  const api = await callerFor(request, context.requestId);
  // The organisation guard first, as in the loaders: someone who cannot see the users gets "Page not found".
  await orNotFound(scope.list(api));
  const wizard = await openWizard(request, wizardFor(scope), `${scope.basePath}/new`, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  if (step === USER_STEP) {
    const values = formValues(form);
    const parsed = parseWith(scope.schema, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    return wizard.saveAndContinue(request, step, parsed.data);
  }
  if (step === CHECK_STEP) {
    const parsed = parseWith(scope.schema, wizard.state);
    if (!parsed.ok) return redirectWithErrors(request, parsed.errors, wizard.state, wizard.stepPath(USER_STEP));
    try {
      await scope.add(api, parsed.data);
    } catch (error) {
      const errors = formErrorsFromTrpc(error, "email");
      if (errors) return redirectWithErrors(request, errors, wizard.state, wizard.stepPath(USER_STEP));
      if (error instanceof TRPCError) throwHttpError(error);
      throw error;
    }
    await wizard.finish();
    return redirectWithBanner(request, scope.basePath, { heading: labels(scope.support).added });
  }
  throw redirect(wizard.stepPath(USER_STEP), 303);
}
