import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { REMINDER_KINDS, type ReminderKind } from "#server/claims/support/reminders/reminders.schema.ts";
import { readForm } from "~/lib/form.server";
import { redirectWithBanner, redirectWithErrors } from "~/lib/session.server";
import { orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { supportApi } from "../support-claims/support-claims.server";
import { REMINDERS_PATH } from "./reminder-text";

/** An unknown kind in the URL is a missing page. */
function kindParam(value: string | undefined): ReminderKind {
  const kind = REMINDER_KINDS.find((k) => k === value);
  if (!kind) throw new Response("Not found", { status: 404 });
  return kind;
}

export async function remindersLoader({ request, context }: LoaderFunctionArgs) {
  await supportApi(request, context.requestId);
  return json({ kinds: REMINDER_KINDS });
}

export async function reminderLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const kind = kindParam(params.kind);
  return json({ kind, ...(await orNotFound(api.claims.support.reminders.preview({ kind }))) });
}

export async function reminderAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const { api } = await supportApi(request, context.requestId);
  const kind = kindParam(params.kind);
  try {
    const sent = await api.claims.support.reminders.send({ kind });
    const body =
      sent.queued === 0
        ? "Nothing new to send: these reminders were already sent today."
        : `${sent.queued} ${sent.queued === 1 ? "e-mail" : "e-mails"} will be sent to ${sent.organisations} ${
            kind === "providers-not-submitted" ? "providers" : "schools"
          }.`;
    return redirectWithBanner(request, REMINDERS_PATH, { heading: "Reminders sent", body });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, {});
    throwHttpError(error);
  }
}
