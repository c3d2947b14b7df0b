import { randomInt } from "node:crypto";
import type { DbOrTx, Tx } from "../../db.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import { londonDate } from "../../shared/time/uk-time.ts";
import { claimWindowStatus } from "../claim-window/claim-window.service.ts";
import { NIOT_SUB_PROVIDER_CODES } from "./claim-status.ts";

/** What every claim write reads inside its transaction: the school (and its hourly rate), the provider, the window. */

/**
 * 8 digits, not starting with 0. Unique by the database's constraint, not by a look-up first: the claim write that
 * stores it runs in inClaimTransaction, which retries the whole transaction (with a new reference) on the unique
 * violation. With 90 million references a collision is rare, so a read per claim to avoid one was a wasted round trip.
 */
export function newReference() {
  return String(randomInt(10_000_000, 100_000_000));
}

export async function loadSchool(tx: Tx, schoolId: string) {
  const school = await tx.school.findFirst({
    where: { id: schoolId, claimsService: true },
    select: { id: true, name: true, region: { select: { claimsFundingAvailablePerHourPence: true } } },
  });
  if (!school) throw new NotFoundError("school");
  return { ...school, ratePence: school.region?.claimsFundingAvailablePerHourPence ?? 0 };
}

export async function loadProvider(tx: DbOrTx, providerId: string) {
  const provider = await tx.provider.findFirst({
    where: { id: providerId, accredited: true, code: { notIn: NIOT_SUB_PROVIDER_CODES } },
    select: { id: true, name: true },
  });
  if (!provider) throw new DomainError("Enter the accredited provider", "providerId");
  return provider;
}

/** The claim's window is open today (UK date). */
export function windowOpen(window: { startsOn: Date; endsOn: Date } | null, now: Date) {
  return Boolean(window && claimWindowStatus(window, londonDate(now)) === "current");
}
