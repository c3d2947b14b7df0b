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
  return school && withGrantConditions(school);
}

/** A school has accepted the grant conditions when it has the time it accepted them. */
export function withGrantConditions<S extends { claimsGrantConditionsAcceptedAt: Date | null }>(school: S) {
  return { ...school, grantConditionsAccepted: school.claimsGrantConditionsAcceptedAt !== null };
}

export type ClaimsSchool = NonNullable<Awaited<ReturnType<typeof findClaimsSchool>>>;

/**
 * The claims school of this request, for the claimsSchool guard, the school layout and the page: a member's comes with
 * the session; support's (or any, when the context was built without a session) is read, once per request.
 */
export async function claimsSchoolFor(ctx: Pick<Context, "db" | "requestCache" | "user">, schoolId: string) {
  const member = ctx.user?.claimsSchools?.find((school) => school.id === schoolId);
  if (member) return member;
  return perRequest(ctx, `claims:school:${schoolId}`, () => findClaimsSchool(ctx.db, schoolId));
}
