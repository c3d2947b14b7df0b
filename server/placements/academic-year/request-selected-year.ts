import type { DbOrTx } from "../../db.ts";
import { perRequest } from "../../trpc/request-cache.ts";
import { selectedAcademicYear } from "./academic-year.service.ts";

/**
 * The user's selected year for the procedures of one request: the layout's and the page's loaders and every
 * procedure they call read it once.
 */
export function requestSelectedYear(ctx: {
  db: DbOrTx;
  requestCache?: Map<string, Promise<unknown>>;
  user: { id: string };
}): ReturnType<typeof selectedAcademicYear> {
  return perRequest(ctx, `placements.selectedAcademicYear:${ctx.user.id}`, () =>
    selectedAcademicYear(ctx.db, ctx.user.id),
  );
}
