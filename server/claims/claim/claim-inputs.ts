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

type ClaimSchool = { id: string; name: string; ratePence: number };
type ClaimProvider = { id: string; name: string };

/**
 * The school (onboarded to claims, with its region's hourly rate) and the provider (accredited, not a sub-provider of
 * the NIoT) a claim write names, in one statement; either may be absent from the row.
 */
async function readSchoolAndProvider(db: DbOrTx, schoolId: string | null, providerId: string) {
  const [row] = await db.$queryRaw<[{ school: ClaimSchool | null; provider: ClaimProvider | null }]>`
    SELECT
      (SELECT json_build_object('id', s.id, 'name', s.name,
                                'ratePence', COALESCE(r.claims_funding_available_per_hour_pence, 0))
         FROM schools s LEFT JOIN regions r ON r.id = s.region_id
        WHERE s.id = ${schoolId}::uuid AND s.claims_service) AS school,
      (SELECT json_build_object('id', p.id, 'name', p.name)
         FROM providers p
        WHERE p.id = ${providerId}::uuid AND p.accredited AND p.code <> ALL(${NIOT_SUB_PROVIDER_CODES}::text[])) AS provider`;
  return row;
}

function providerOrError(provider: ClaimProvider | null) {
  if (!provider) throw new DomainError("Enter the accredited provider", "providerId");
  return provider;
}

/** Every claim write's school and provider: a school not onboarded is not found, a provider that cannot be claimed
 * for is a field error. */
export async function loadSchoolAndProvider(tx: Tx, schoolId: string, providerId: string) {
  const { school, provider } = await readSchoolAndProvider(tx, schoolId, providerId);
  if (!school) throw new NotFoundError("school");
  return { school, provider: providerOrError(provider) };
}

export async function loadProvider(db: DbOrTx, providerId: string) {
  return providerOrError((await readSchoolAndProvider(db, null, providerId)).provider);
}

/** The claim's window is open today (UK date). */
export function windowOpen(window: { startsOn: Date; endsOn: Date } | null, now: Date) {
  return Boolean(window && claimWindowStatus(window, londonDate(now)) === "current");
}
