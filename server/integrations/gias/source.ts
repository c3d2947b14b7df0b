import { env } from "../../env.ts";

/** `<GIAS_CSV_BASE_URL>/edubasealldata<YYYYMMDD of yesterday>.csv`, or null when no base URL is configured. */
export function giasUrlForYesterday(now = new Date(), base = env().GIAS_CSV_BASE_URL): string | null {
  if (!base) return null;
  const d = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const ymd = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}`;
  return `${base.replace(/\/$/, "")}/edubasealldata${ymd}.csv`;
}
