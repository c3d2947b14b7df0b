import type { Db } from "../../db.ts";
import type { SessionUser } from "../../auth/session.ts";

export type OrganisationSummary = { id: string; name: string; kind: "school" | "provider" };

/** The organisations a user belongs to in their service, by name. */
export async function listMyOrganisations(db: Db, user: SessionUser): Promise<OrganisationSummary[]> {
  const serviceFlag = user.service === "claims" ? { claimsService: true } : { placementsService: true };
  const [schools, providers] = await Promise.all([
    db.school.findMany({
      where: { id: { in: user.schoolIds }, ...serviceFlag },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    // Claims has no service flag on providers: a provider user of claims sees every provider they belong to.
    db.provider.findMany({
      where: { id: { in: user.providerIds }, ...(user.service === "placements" ? { placementsService: true } : {}) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return [
    ...schools.map((s) => ({ ...s, kind: "school" as const })),
    ...providers.map((p) => ({ ...p, kind: "provider" as const })),
  ].sort((a, b) => a.name.localeCompare(b.name));
}
