/**
 * LIKE/ILIKE patterns from what a user typed. Every search goes through these, so `%`, `_` and `\`
 * are literal characters (a search for "100%" finds "100%", a trailing "\" is not a broken pattern)
 * and control characters never reach the database (searches strip them: see cleanSearchText).
 *
 * PostgreSQL's default LIKE escape character is the backslash, which is also what Prisma's
 * `contains`/`startsWith`/`endsWith` filters use, so both raw SQL and Prisma filters take these.
 */
import { cleanSearchText } from "../validation/text.ts";

/** Escapes LIKE wildcards and the escape character itself. For Prisma: `{ contains: escapeLike(q) }`. */
export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `%text%` for `ILIKE ${likePattern(q)}` in raw SQL: cleaned, escaped, matching anywhere. */
export function likePattern(query: string) {
  return `%${escapeLike(cleanSearchText(query, 200))}%`;
}
