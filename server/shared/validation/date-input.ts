import { z } from "zod";
import { londonDate } from "../time/uk-time.ts";

/**
 * A GOV.UK date input (`<name>-day`, `<name>-month`, `<name>-year`) as a zod schema that
 * yields an ISO date "YYYY-MM-DD", with the Design System's error messages:
 * "Enter <a thing>", "<Label> must include a month", "<Label> must be a real date".
 */
export type DateParts = { day?: string; month?: string; year?: string };

export type DateMessages = {
  /** e.g. "Enter a date of birth". */
  required: string;
  /** e.g. "Date of birth" → "Date of birth must include a month". */
  label: string;
  /** "past": must be before today, e.g. a date of birth. */
  mustBe?: "past";
};

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

const NUMBER = /^\d{1,4}$/;

export function dateInput(messages: DateMessages) {
  return z
    .object({ day: z.string().optional(), month: z.string().optional(), year: z.string().optional() })
    .transform((parts, ctx) => {
      const day = (parts.day ?? "").trim();
      const month = (parts.month ?? "").trim();
      const year = (parts.year ?? "").trim();
      if (!day && !month && !year) {
        ctx.addIssue({ code: "custom", message: messages.required });
        return z.NEVER;
      }
      const missing = [!day && "day", !month && "month", !year && "year"].filter(Boolean) as string[];
      if (missing.length > 0) {
        const what = missing.length === 1 ? `a ${missing[0]}` : `a ${missing.join(" and ")}`;
        ctx.addIssue({ code: "custom", message: `${messages.label} must include ${what}` });
        return z.NEVER;
      }
      const iso =
        NUMBER.test(day) && NUMBER.test(month) && /^\d{4}$/.test(year)
          ? isoDate(Number(year), Number(month), Number(day))
          : null;
      if (!iso) {
        ctx.addIssue({ code: "custom", message: `${messages.label} must be a real date` });
        return z.NEVER;
      }
      // "Today" is the UK date (just after midnight in summer, BST, the UTC date is still yesterday).
      if (messages.mustBe === "past" && iso >= londonDate(new Date())) {
        ctx.addIssue({ code: "custom", message: `${messages.label} must be in the past` });
        return z.NEVER;
      }
      return iso;
    });
}

/**
 * Groups a flat form's `<name>-day/-month/-year` values into `{ [name]: { day, month, year } }`
 * so a z.object can validate them with `dateInput`.
 */
export function groupDateParts(values: unknown, names: readonly string[]): unknown {
  if (typeof values !== "object" || values === null) return values;
  const source = values as Record<string, unknown>;
  const out: Record<string, unknown> = { ...source };
  for (const name of names) {
    if (typeof source[name] === "object" && source[name] !== null) continue;
    const part = (p: string) =>
      typeof source[`${name}-${p}`] === "string" ? (source[`${name}-${p}`] as string) : undefined;
    out[name] = { day: part("day"), month: part("month"), year: part("year") };
  }
  return out;
}

/** "YYYY-MM-DD" → { day, month, year } for re-filling a date input. */
export function datePartsOf(iso: string | null | undefined): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return {};
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] };
}

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => isoDate(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10))) !== null);
