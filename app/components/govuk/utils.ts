/** Joins class names, skipping empty/false values. */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}

/** Joins ids for aria-describedby; returns undefined when empty. */
export function joinIds(...ids: Array<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined.length > 0 ? joined : undefined;
}

/** True when a ReactNode-ish value should be rendered (not null/undefined/false/""). */
export function hasContent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== "";
}
