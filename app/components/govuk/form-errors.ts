export type FieldErrors = Record<string, string>;

export interface ErrorSummaryItem {
  text: string;
  href: string;
}

export interface ErrorSummaryItemsOptions {
  /**
   * Map a field name to the id of the element the summary link should target,
   * when it differs from the field name. E.g. a DateInput named `startDate`
   * renders its first input as `startDate-day`: `{ startDate: "startDate-day" }`.
   */
  targets?: Record<string, string>;
}

/**
 * Turns field errors into error summary items `{ text, href: "#field" }`.
 * Fields listed in `order` (page order) come first, in that order; any other
 * fields follow in insertion order. Empty messages are skipped.
 */
export function errorSummaryItems(
  errors: FieldErrors | null | undefined,
  order?: readonly string[],
  options: ErrorSummaryItemsOptions = {},
): ErrorSummaryItem[] {
  if (!errors) return [];
  const fields = Object.keys(errors);
  const ordered: string[] = [];
  for (const field of order ?? []) {
    if (fields.includes(field) && !ordered.includes(field)) ordered.push(field);
  }
  for (const field of fields) {
    if (!ordered.includes(field)) ordered.push(field);
  }
  return ordered
    .filter((field) => Boolean(errors[field]))
    .map((field) => ({
      text: errors[field] as string,
      href: `#${options.targets?.[field] ?? field}`,
    }));
}

/** The error message for one field, or undefined. */
export function fieldError(errors: FieldErrors | null | undefined, name: string): string | undefined {
  const message = errors?.[name];
  return message ? message : undefined;
}

/** True when there is at least one error message. */
export function hasErrors(errors: FieldErrors | null | undefined): boolean {
  return !!errors && Object.values(errors).some(Boolean);
}
