import type { ClaimStatus } from "#prisma/generated/enums.ts";
import type { DbOrTx } from "../../db.ts";
import { NotFoundError } from "../../errors.ts";
import { totalHours } from "../claim/funding.ts";

/**
 * The provider portal of claims: a provider sees only the claims naming it that are under audit or
 * paid, in this order, and never a draft, a claim still with the payer or another provider's claim (NOT_FOUND, like
 * a missing one).
 */
export const PROVIDER_VISIBLE_STATUSES = [
  "sampling_in_progress",
  "sampling_provider_not_approved",
  "paid",
] as const satisfies readonly ClaimStatus[];

const visible = { in: [...PROVIDER_VISIBLE_STATUSES] as ClaimStatus[] };
const statusOrder = (status: string) => PROVIDER_VISIBLE_STATUSES.indexOf(status as never);
const fullName = (m: { firstName: string; lastName: string }) => `${m.firstName} ${m.lastName}`;

export async function getProviderForPortal(db: DbOrTx, providerId: string) {
  const provider = await db.provider.findUnique({ where: { id: providerId }, select: { id: true, name: true } });
  if (!provider) throw new NotFoundError("provider");
  return provider;
}

/**
 * The provider's visible claims, optionally only those of some schools; with the school filter's options: every
 * school that has a visible claim for this provider, narrowed by `schoolSearch` (name, URN or postcode) but always
 * keeping the selected ones, so a search never silently drops an applied filter.
 */
export async function listProviderClaims(
  db: DbOrTx,
  providerId: string,
  opts: { schoolIds?: readonly string[]; schoolSearch?: string } = {},
) {
  const schoolIds = [...new Set(opts.schoolIds ?? [])];
  const search = opts.schoolSearch?.trim() ?? "";
  const [claims, schools] = await Promise.all([
    db.claim.findMany({
      where: { providerId, status: visible, ...(schoolIds.length ? { schoolId: { in: schoolIds } } : {}) },
      select: {
        id: true,
        reference: true,
        status: true,
        submittedAt: true,
        amountPence: true,
        school: { select: { id: true, name: true } },
        claimWindow: { select: { academicYear: { select: { name: true } } } },
        mentorTrainings: {
          select: { mentor: { select: { firstName: true, lastName: true } } },
          orderBy: [{ mentor: { firstName: "asc" } }, { mentor: { lastName: "asc" } }],
        },
      },
      orderBy: [{ submittedAt: "desc" }, { reference: "asc" }],
      take: 1000,
    }),
    db.school.findMany({
      where: {
        claims: { some: { providerId, status: visible } },
        ...(search
          ? {
              OR: [
                { id: { in: schoolIds } },
                { name: { contains: search, mode: "insensitive" } },
                { urn: { startsWith: search } },
                { postcode: { contains: search, mode: "insensitive" } },
              ],
            }
          : {}),
      },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 200,
    }),
  ]);
  // Stable sort: status order first (reference), newest submission first within a status.
  const sorted = claims.slice().sort((a, b) => statusOrder(a.status) - statusOrder(b.status));
  return {
    claims: sorted.map((c) => ({
      id: c.id,
      reference: c.reference,
      status: c.status,
      submittedAt: c.submittedAt,
      amountPence: c.amountPence ?? 0,
      school: c.school,
      academicYearName: c.claimWindow?.academicYear.name ?? null,
      mentors: c.mentorTrainings.map((t) => fullName(t.mentor)),
    })),
    schoolOptions: schools,
    selectedSchools: schools.filter((s) => schoolIds.includes(s.id)),
  };
}

/** One visible claim of the provider; anything else (draft, another provider's, not under audit or paid) is NOT_FOUND. */
export async function getProviderClaim(db: DbOrTx, providerId: string, claimId: string) {
  const claim = await db.claim.findFirst({
    where: { id: claimId, providerId, status: visible },
    select: {
      id: true,
      reference: true,
      status: true,
      submittedAt: true,
      amountPence: true,
      school: { select: { name: true, urn: true } },
      provider: { select: { name: true } },
      claimWindow: { select: { academicYear: { select: { name: true } } } },
      mentorTrainings: {
        select: {
          mentorId: true,
          hoursCompleted: true,
          notAssured: true,
          reasonNotAssured: true,
          mentor: { select: { firstName: true, lastName: true, trn: true } },
        },
        orderBy: [{ mentor: { firstName: "asc" } }, { mentor: { lastName: "asc" } }],
      },
    },
  });
  if (!claim) throw new NotFoundError("claim");
  const hours = claim.mentorTrainings.map((t) => t.hoursCompleted ?? 0);
  return {
    id: claim.id,
    reference: claim.reference,
    status: claim.status,
    submittedAt: claim.submittedAt,
    amountPence: claim.amountPence ?? 0,
    schoolName: claim.school.name,
    schoolUrn: claim.school.urn,
    providerName: claim.provider?.name ?? null,
    academicYearName: claim.claimWindow?.academicYear.name ?? null,
    totalHours: totalHours(hours),
    mentors: claim.mentorTrainings.map((t) => ({
      mentorId: t.mentorId,
      name: fullName(t.mentor),
      trn: t.mentor.trn,
      hours: t.hoursCompleted ?? 0,
      notAssured: t.notAssured,
      reasonNotAssured: t.reasonNotAssured,
    })),
  };
}
