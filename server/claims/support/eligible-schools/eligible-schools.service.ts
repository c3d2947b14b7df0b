/**
 * "Make schools eligible": support uploads `name,urn` rows for a claim window; every school named (URN and name both
 * matching a school we know) takes part in claims and becomes eligible for the window's academic year. The users of
 * each school that was not eligible before are told, once ("Onboarding update …").
 */
import type { Db, DbOrTx } from "../../../db.ts";
import { appOrigin } from "../../../env.ts";
import { DomainError, NotFoundError } from "../../../errors.ts";
import { recordAudit } from "../../../shared/audit/audit.service.ts";
import type { CsvRow, CsvRowError } from "../../../shared/csv/csv-upload.ts";
import { queueEmailsOnce } from "../../../shared/email/email.service.ts";
import { claimsSchoolEligible } from "../../../shared/email/templates.ts";
import { getClaimWindow } from "../../claim-window/claim-window.service.ts";
import type { EligibleSchoolRowData } from "./eligible-schools.schema.ts";

export type EligibleSchoolLine = { row: number; schoolId: string; name: string; urn: string; alreadyEligible: boolean };

const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

async function openWindow(db: DbOrTx, claimWindowId: string) {
  const window = await getClaimWindow(db, claimWindowId);
  if (window.status === "past")
    throw new DomainError("You cannot make schools eligible for a claim window that has closed");
  return window;
}

export async function checkEligibleSchools(
  db: DbOrTx,
  claimWindowId: string,
  rows: readonly CsvRow<EligibleSchoolRowData>[],
): Promise<
  { ok: true; lines: EligibleSchoolLine[] } | { ok: false; fileError: string | null; rowErrors: CsvRowError[] }
> {
  const window = await openWindow(db, claimWindowId);
  const schools = await db.school.findMany({
    where: { urn: { in: rows.map((r) => r.data.urn) } },
    select: {
      id: true,
      name: true,
      urn: true,
      eligibilities: { where: { academicYearId: window.academicYear.id }, select: { id: true } },
    },
  });
  const byUrn = new Map(schools.map((s) => [s.urn, s]));
  const seen = new Set<string>();
  const rowErrors: CsvRowError[] = [];
  const lines: EligibleSchoolLine[] = [];
  for (const { row, data } of rows) {
    const school = byUrn.get(data.urn);
    if (seen.has(data.urn)) {
      rowErrors.push({ row, message: `URN ${data.urn} appears more than once` });
    } else if (!school || !sameName(school.name, data.name)) {
      rowErrors.push({ row, message: `There is no school called ${data.name} with URN ${data.urn}` });
    } else {
      lines.push({
        row,
        schoolId: school.id,
        name: school.name,
        urn: data.urn,
        alreadyEligible: school.eligibilities.length > 0,
      });
    }
    seen.add(data.urn);
  }
  return rowErrors.length ? { ok: false, fileError: null, rowErrors } : { ok: true, lines };
}

/** Applies a checked upload in one transaction; returns how many schools and how many became eligible. */
export async function makeSchoolsEligible(
  db: Db,
  actor: { id: string },
  input: { claimWindowId: string; schoolIds: string[] },
  meta: { requestId?: string } = {},
) {
  return db.$transaction(async (tx) => {
    const window = await openWindow(tx, input.claimWindowId);
    const academicYearId = window.academicYear.id;
    const schools = await tx.school.findMany({
      where: { id: { in: input.schoolIds } },
      select: {
        id: true,
        name: true,
        eligibilities: { where: { academicYearId }, select: { id: true } },
        userMemberships: {
          where: { user: { service: "claims", kind: "user", discardedAt: null } },
          select: { user: { select: { id: true, email: true, firstName: true } } },
        },
      },
    });
    if (schools.length !== new Set(input.schoolIds).size) throw new NotFoundError("school");
    await tx.school.updateMany({
      where: { id: { in: input.schoolIds }, claimsService: false },
      data: { claimsService: true },
    });
    const { count: newlyEligible } = await tx.eligibility.createMany({
      data: schools.map((s) => ({ schoolId: s.id, academicYearId })),
      skipDuplicates: true,
    });
    const signInUrl = `${appOrigin()}/claims/sign-in`;
    const emails = await queueEmailsOnce(
      tx,
      schools
        .filter((s) => s.eligibilities.length === 0)
        .flatMap((s) =>
          s.userMemberships.map(({ user }) => ({
            ...claimsSchoolEligible({
              firstName: user.firstName,
              schoolName: s.name,
              academicYearName: window.academicYear.name,
              signInUrl,
            }),
            to: user.email,
            service: "claims" as const,
            idempotencyKey: `claims.school_eligible:${s.id}:${academicYearId}:${user.id}`,
          })),
        ),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claims.schools_made_eligible",
      recordType: "ClaimWindow",
      recordId: window.id,
      changes: { schools: schools.length, newlyEligible, emails },
      requestId: meta.requestId,
    });
    return { schools: schools.length, newlyEligible, emails };
  });
}
