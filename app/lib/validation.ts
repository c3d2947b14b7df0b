import type { z } from "zod";

import type { FieldErrors } from "~/components/govuk/form-errors";
export type { FieldErrors };

/** zod issues → one message per field (the first), keyed by the field name the form uses. */
export function fieldErrorsFrom(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates submitted values with the same schema the tRPC procedure uses. */
export function parseWith<S extends z.ZodType>(schema: S, values: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: fieldErrorsFrom(result.error.issues) };
}
