import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { DomainError } from "#server/errors.ts";
import { fieldErrorsFrom, type FieldErrors } from "./validation";

/**
 * A procedure's validation or domain error as form errors, or null when the error is not
 * something the user can fix on the form (those propagate to the error pages).
 */
export function formErrorsFromTrpc(error: unknown, fallbackField = "form"): FieldErrors | null {
  if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") return null;
  const cause = error.cause;
  if (cause instanceof ZodError) return fieldErrorsFrom(cause.issues);
  if (cause instanceof DomainError) return { [cause.field ?? fallbackField]: cause.message };
  return null;
}
