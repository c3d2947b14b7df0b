import { z } from "zod";

/**
 * Text from users, checked at the boundary. PostgreSQL cannot store NUL in text or jsonb (errors
 * 22021/22P05), and other control characters are never part of a name, an e-mail address or a
 * search, so every text field rejects them with a field error instead of letting them reach the
 * database. Tab, carriage return and line feed are allowed only where a field is multi-line.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_CHARACTERS_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const ALL_CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** The default cap for a single-line text field (names, search terms, …), in characters. */
export const TEXT_MAX = 200;
/** The cap for a multi-line field (a textarea), in characters. */
export const MULTILINE_TEXT_MAX = 5000;

export function hasControlCharacters(value: string, { multiline = false }: { multiline?: boolean } = {}) {
  return (multiline ? CONTROL_CHARACTERS_EXCEPT_LINE_BREAKS : CONTROL_CHARACTERS).test(value);
}

/**
 * The shared refinement, for a string schema of your own: `z.string().regex(…).refine(...noControlCharacters("TRN"))`.
 * The message names the field in the GOV.UK style ("TRN must not include special characters") unless given.
 */
export function noControlCharacters(
  label: string,
  { multiline = false, message }: { multiline?: boolean; message?: string } = {},
) {
  return [
    (value: string) => !hasControlCharacters(value, { multiline }),
    { message: message ?? `${capitalise(label)} must not include special characters` },
  ] as const;
}

/**
 * A text field: trimmed, length-capped and free of control characters, with GOV.UK messages.
 * `required` is the message for an empty answer ("Enter a first name"); without it the field may be empty.
 */
export function textField({
  label,
  max = TEXT_MAX,
  required,
  multiline = false,
  invalid,
}: {
  label: string;
  max?: number;
  required?: string;
  multiline?: boolean;
  /** Message for control characters, when the field wants its own (default "<Label> must not include special characters"). */
  invalid?: string;
}) {
  const base = z.string(required ? { error: required } : undefined).trim();
  const capped = (required ? base.min(1, required) : base)
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`)
    .refine(...noControlCharacters(label, { multiline, message: invalid }));
  return capped;
}

/** Removes control characters (searches strip them rather than refuse them). */
export function stripControlCharacters(value: string) {
  return value.replace(ALL_CONTROL_CHARACTERS, " ");
}

/**
 * A search term from a form or a query string: control characters become spaces, runs of spaces
 * collapse, the ends are trimmed, and the result is cut to `max` characters. Never an error.
 */
export function searchText(max = 100) {
  return z
    .string()
    .optional()
    .default("")
    .transform((value) => cleanSearchText(value, max));
}

export function cleanSearchText(value: string | null | undefined, max = 100) {
  return stripControlCharacters(wellFormed(value ?? ""))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max)
    .trim();
}

function capitalise(label: string) {
  return label ? label[0].toUpperCase() + label.slice(1) : label;
}

const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Lone UTF-16 surrogates (not text; PostgreSQL refuses them in jsonb) become U+FFFD. */
export function wellFormed(value: string) {
  return value.replace(LONE_SURROGATES, "\ufffd");
}

/**
 * Makes a value safe to keep in a jsonb column (flash messages, wizard state): strings lose NUL and
 * lone surrogates and are cut to `maxString` characters; objects keep at most `maxKeys` keys.
 * Submitted values are copied there to re-fill forms, so an attacker's 40 MB field or a NUL must not follow.
 */
export function storable(value: unknown, { maxString = 2000, maxKeys = 100, depth = 0 } = {}): unknown {
  if (typeof value === "string")
    return wellFormed(value)
      .replace(/\u0000/g, "")
      .slice(0, maxString);
  if (value === null || typeof value !== "object") return value;
  if (depth > 8) return null;
  if (Array.isArray(value))
    return value.slice(0, maxKeys).map((v) => storable(v, { maxString, maxKeys, depth: depth + 1 }));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>).slice(0, maxKeys)) {
    out[storable(key, { maxString: 200 }) as string] = storable(v, { maxString, maxKeys, depth: depth + 1 });
  }
  return out;
}
