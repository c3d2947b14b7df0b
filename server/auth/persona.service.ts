import type { Db } from "../db.ts";
import { PERSONAS } from "../../prisma/seed-data/personas.ts";
import type { ServiceName } from "./session.ts";

/** The seeded persona users of a service that exist in this database, in the seed's order. */
export async function listPersonas(db: Db, service: ServiceName) {
  const personas = PERSONAS.filter((p) => p.service === service);
  const users = await db.user.findMany({
    where: { service, email: { in: personas.map((p) => p.email) }, discardedAt: null },
    select: { id: true, email: true, firstName: true, lastName: true },
  });
  return personas.flatMap((persona) => {
    const user = users.find((u) => u.email === persona.email);
    return user
      ? [{ email: user.email, name: `${user.firstName} ${user.lastName}`, description: persona.description }]
      : [];
  });
}

/** Only persona e-mails can be signed in this way, never an arbitrary user. */
export async function findPersonaUser(db: Db, service: ServiceName, email: string) {
  if (!PERSONAS.some((p) => p.service === service && p.email === email)) return null;
  return db.user.findFirst({ where: { service, email, discardedAt: null }, select: { id: true } });
}
