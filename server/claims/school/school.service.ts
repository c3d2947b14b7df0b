import type { DbOrTx } from "../../db.ts";
import type { Context } from "../../trpc/context.ts";
import { perRequest } from "../../trpc/request-cache.ts";

/** A claims school as its pages need it, or null when the school is not onboarded to claims. */
export async function findClaimsSchool(db: DbOrTx, schoolId: string) {
  const school = await db.school.findFirst({
    where: { id: schoolId, claimsService: true },
    select: {
      id: true,
      name: true,
      urn: true,
      vendorNumber: true,
      claimsGrantConditionsAcceptedAt: true,
      region: { select: { name: true, claimsFundingAvailablePerHourPence: true } },
    },
  });
  return school && { ...school, grantConditionsAccepted: school.claimsGrantConditionsAcceptedAt !== null };
}

export type ClaimsSchool = NonNullable<Awaited<ReturnType<typeof findClaimsSchool>>>;

/**
 * The claims school of this request: the claimsSchool guard, the school layout and the page all read it, in one
 * statement per request.
 */
export function claimsSchoolFor(ctx: Pick<Context, "db" | "requestCache">, schoolId: string) {
  return perRequest(ctx, `claims:school:${schoolId}`, () => findClaimsSchool(ctx.db, schoolId));
}
