import { z } from "zod";

/** The four reminder tools, in the order the settings page lists them. */
export const REMINDER_KINDS = [
  "schools-not-submitted",
  "schools-not-signed-in",
  "schools-signed-in-not-claimed",
  "providers-not-submitted",
] as const;

export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const ReminderKindInput = z.object({ kind: z.enum(REMINDER_KINDS) });
