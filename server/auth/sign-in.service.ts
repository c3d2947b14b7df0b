import type { Db } from "../db.ts";
import type { ServiceName } from "./session.ts";

export type SignInProfile = { sub: string; email: string; firstName?: string; lastName?: string };

/**
 * Matches a DfE Sign-in identity to a user of the service, as the reference does: by sign-in
 * uid or lower-cased e-mail, support users first. Updates names, e-mail, uid and
 * last-signed-in from the token. Returns null for someone with no access.
 */
export async function matchSignInUser(db: Db, service: ServiceName, profile: SignInProfile, now = new Date()) {
  const email = profile.email.trim().toLowerCase();
  const candidates = await db.user.findMany({
    where: { service, discardedAt: null, OR: [{ dfeSignInUid: profile.sub }, { email }] },
    orderBy: { createdAt: "asc" },
  });
  const user =
    candidates.find((u) => u.kind === "support" && u.dfeSignInUid === profile.sub) ??
    candidates.find((u) => u.kind === "support") ??
    candidates.find((u) => u.dfeSignInUid === profile.sub) ??
    candidates[0];
  if (!user) return null;
  const firstName = profile.firstName?.trim();
  const lastName = profile.lastName?.trim();
  return db.user.update({
    where: { id: user.id },
    data: {
      dfeSignInUid: profile.sub,
      lastSignedInAt: now,
      ...(candidates.some((u) => u.id !== user.id && u.email === email) ? {} : { email }),
      ...(firstName ? { firstName: firstName.slice(0, 255) } : {}),
      ...(lastName ? { lastName: lastName.slice(0, 255) } : {}),
    },
    select: { id: true },
  });
}

export async function recordSignIn(db: Db, userId: string, now = new Date()) {
  await db.user.update({ where: { id: userId }, data: { lastSignedInAt: now } });
}
