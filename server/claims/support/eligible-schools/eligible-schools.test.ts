import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createClaimWindow,
  createEligibility,
  createSchool,
  createUser,
  sessionUserFor,
} from "#tests/factories/index.ts";
import type { Db } from "#server/db.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import { checkEligibleSchools, makeSchoolsEligible } from "./eligible-schools.service.ts";

const getDb = useTestDatabase();
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const rows = (...data: { name: string; urn: string }[]) => data.map((d, i) => ({ row: i + 2, data: d }));

async function scenario(db: Db) {
  const year = await createAcademicYear(db, 2026);
  await createClaimWindow(db, { academicYearId: year.id, startsOn: day("2026-11-01"), endsOn: day("2099-12-31") });
  const window = await db.claimWindow.findFirstOrThrow();
  const oak = await createSchool(db, { name: "Oak School" });
  await db.school.update({ where: { id: oak.id }, data: { urn: "100001", claimsService: false } });
  const elm = await createSchool(db, { name: "Elm School" });
  await db.school.update({ where: { id: elm.id }, data: { urn: "100002" } });
  await createEligibility(db, elm.id, year.id);
  await createUser(db, { schoolIds: [oak.id], email: "oak@example.com", firstName: "Olive" });
  await createUser(db, { schoolIds: [elm.id], email: "elm@example.com" });
  const support = await createUser(db, { kind: "support" });
  return { year, window, oak, elm, support };
}

describe("make schools eligible (name,urn upload)", () => {
  it("checks that each row names a school by URN and name, once", async () => {
    const db = await getDb();
    const { window } = await scenario(db);
    const bad = await checkEligibleSchools(
      db,
      window.id,
      rows(
        { name: "oak  school", urn: "100001" },
        { name: "Birch School", urn: "100002" },
        { name: "Nowhere", urn: "999999" },
        { name: "Oak School", urn: "100001" },
      ),
    );
    expect(bad).toEqual({
      ok: false,
      fileError: null,
      rowErrors: [
        { row: 3, message: "There is no school called Birch School with URN 100002" },
        { row: 4, message: "There is no school called Nowhere with URN 999999" },
        { row: 5, message: "URN 100001 appears more than once" },
      ],
    });
    const good = await checkEligibleSchools(
      db,
      window.id,
      rows({ name: "Oak School", urn: "100001" }, { name: "Elm School", urn: "100002" }),
    );
    expect(good).toMatchObject({
      ok: true,
      lines: [
        { row: 2, name: "Oak School", alreadyEligible: false },
        { row: 3, name: "Elm School", alreadyEligible: true },
      ],
    });
  });

  it("makes the schools eligible for the window's year, onboards them to claims, and e-mails the newly eligible once", async () => {
    const db = await getDb();
    const { window, oak, elm, support, year } = await scenario(db);
    const input = { claimWindowId: window.id, schoolIds: [oak.id, elm.id] };
    expect(await makeSchoolsEligible(db, support, input)).toEqual({ schools: 2, newlyEligible: 1, emails: 1 });
    expect(await db.eligibility.count({ where: { academicYearId: year.id } })).toBe(2);
    expect((await db.school.findUniqueOrThrow({ where: { id: oak.id } })).claimsService).toBe(true);
    const mail = await db.emailOutbox.findFirstOrThrow();
    expect(mail).toMatchObject({
      to: "oak@example.com",
      subject: "Onboarding update to Claim funding for mentor training",
    });
    expect(mail.body).toContain("Dear Olive,");
    // The same file again changes nothing and e-mails nobody.
    expect(await makeSchoolsEligible(db, support, input)).toEqual({ schools: 2, newlyEligible: 0, emails: 0 });
    expect(await db.emailOutbox.count()).toBe(1);
  });

  it("is for support users only, and refuses a closed window or an unknown school without writing", async () => {
    const db = await getDb();
    const { window, oak, year } = await scenario(db);
    const schoolUser = await db.user.findFirstOrThrow({ where: { email: "oak@example.com" } });
    const asSchool = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, schoolUser.id) }));
    await expect(
      asSchool.claims.support.eligibleSchools.makeEligible({ claimWindowId: window.id, schoolIds: [oak.id] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const support = await db.user.findFirstOrThrow({ where: { kind: "support" } });
    await expect(
      makeSchoolsEligible(db, support, { claimWindowId: window.id, schoolIds: [oak.id, crypto.randomUUID()] }),
    ).rejects.toThrow();
    await db.claimWindow.update({
      where: { id: window.id },
      data: { startsOn: day("2020-01-01"), endsOn: day("2020-02-01") },
    });
    await expect(makeSchoolsEligible(db, support, { claimWindowId: window.id, schoolIds: [oak.id] })).rejects.toThrow(
      "You cannot make schools eligible for a claim window that has closed",
    );
    expect(await db.eligibility.count({ where: { academicYearId: year.id } })).toBe(1);
    expect(await db.emailOutbox.count()).toBe(0);
  });
});
