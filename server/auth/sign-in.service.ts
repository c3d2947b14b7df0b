import type { Db } from "../db.ts";
import type { ServiceName } from "./session.ts";

export type SignInProfile = { sub: string; email: string; firstName?: string; lastName?: string };

export type SignInMatch =
  | { ok: true; userId: string; matchedBy: "uid" | "email" }
  | { ok: false; reason: "no-user" | "uid-mismatch" | "invalid-profile" };

/**
 * Matches a DfE Sign-in identity to a user of the service, as the reference does (uid or
 * lower-cased e-mail, support users first), but keyed on the sign-in uid (ASVS 10.5.2):
 * - a user already bound to this uid is found by it, whatever the e-mail now says;
 * - an e-mail match is used only for a user not yet bound to any uid (pre-provisioned,
 *   first sign-in), and binds the uid to them;
 * - an e-mail match to a user bound to a DIFFERENT uid is refused ("uid-mismatch").
 * Updates names, e-mail, uid and last-signed-in from the token.
 */
export async function matchSignInUser(
  db: Db,
  service: ServiceName,
  profile: SignInProfile,
  now = new Date(),
): Promise<SignInMatch> {
  const sub = profile.sub?.trim();
  const email = profile.email?.trim().toLowerCase();
  if (!sub || !email || email.length > 320) return { ok: false, reason: "invalid-profile" };
  const candidates = await db.user.findMany({
    where: { service, discardedAt: null, OR: [{ dfeSignInUid: sub }, { email }] },
    orderBy: { createdAt: "asc" },
  });
  const supportFirst = <T extends { kind: string }>(list: T[]) => list.find((u) => u.kind === "support") ?? list[0];
  const byUid = candidates.filter((u) => u.dfeSignInUid === sub);
  const byEmail = candidates.filter((u) => u.email === email && u.dfeSignInUid == null);
  const user = supportFirst(byUid) ?? supportFirst(byEmail);
  if (!user) {
    return { ok: false, reason: candidates.length > 0 ? "uid-mismatch" : "no-user" };
  }
  const firstName = profile.firstName?.trim();
  const lastName = profile.lastName?.trim();
  // E-mail is unique per user type: take the token's address only when no other user of the service has it.
  const emailTaken = candidates.some((u) => u.id !== user.id && u.email === email);
  await db.user.update({
    where: { id: user.id },
    data: {
      dfeSignInUid: sub,
      lastSignedInAt: now,
      ...(emailTaken ? {} : { email }),
      ...(firstName ? { firstName: firstName.slice(0, 255) } : {}),
      ...(lastName ? { lastName: lastName.slice(0, 255) } : {}),
    },
  });
  return { ok: true, userId: user.id, matchedBy: user.dfeSignInUid === sub ? "uid" : "email" };
}

export async function recordSignIn(db: Db, userId: string, now = new Date()) {
  await db.user.update({ where: { id: userId }, data: { lastSignedInAt: now } });
}
