import type { DbOrTx } from "../../db.ts";
import type { SessionUser } from "../../auth/session.ts";
import { perRequest } from "../../trpc/request-cache.ts";
import { selectedAcademicYear } from "./academic-year.service.ts";

/**
 * The user's selected year for the procedures of one request: read with the session when the request has one,
 * else read once for the layout's and the page's loaders and every procedure they call.
 */
export function requestSelectedYear(ctx: {
  db: DbOrTx;
  requestCache?: Map<string, Promise<unknown>>;
  user: Pick<SessionUser, "id" | "selectedAcademicYear">;
}): ReturnType<typeof selectedAcademicYear> {
  if (ctx.user.selectedAcademicYear) return Promise.resolve(ctx.user.selectedAcademicYear);
  return perRequest(ctx, `placements.selectedAcademicYear:${ctx.user.id}`, () =>
    selectedAcademicYear(ctx.db, ctx.user.id),
  );
}
