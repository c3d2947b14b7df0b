import { z } from "zod";

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** The longest text a suggestion query takes: the search fields they enhance accept 100 characters. */
export const SUGGESTION_QUERY_MAX = 100;

/** What the browser sends as it types: trimmed text, capped, no control characters (else 400). */
export const SuggestionQueryInput = z.object({
  query: z
    .string()
    .trim()
    .min(1)
    .max(SUGGESTION_QUERY_MAX)
    .refine((v) => !CONTROL_CHARACTERS.test(v), "Search must not include special characters"),
});
