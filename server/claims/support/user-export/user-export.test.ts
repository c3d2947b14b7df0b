import type { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createClaimRow,
  createClaimWindow,
  createMentor,
  createProvider,
  createSchool,
  createUser,
  sessionUserFor,
} from "#tests/factories/index.ts";
import type { Db } from "#server/db.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";

const getDb = useTestDatabase();
const day = (d: string) => new Date(`${d}T00:00:00Z`);

async function text(stream: Readable) {
  let out = "";
  for await (const chunk of stream) out += chunk.toString();
  return out;
}

async function scenario(db: Db) {
  const year = await createAcademicYear(db, 2026);
  await createClaimWindow(db, { academicYearId: year.id, startsOn: day("2026-11-01"), endsOn: day("2026-12-31") });
  await createClaimWindow(db, { academicYearId: year.id, startsOn: day("2027-03-01"), endsOn: day("2027-04-30") });
  const [autumn, spring] = await db.claimWindow.findMany({ orderBy: { startsOn: "asc" } });
  const provider = await createProvider(db);
  const claimedIn = async (name: string, windowId: string, status?: "draft") => {
    const school = await createSchool(db, { name });
    const mentor = await createMentor(db, { schoolId: school.id });
    await createClaimRow(db, {
      schoolId: school.id,
      providerId: provider.id,
      claimWindowId: windowId,
      status,
      trainings: [{ mentorId: mentor.id, hours: 2 }],
    });
    return school;
  };
  const oak = await claimedIn("Oak School", autumn!.id);
  const elm = await claimedIn("Elm School", spring!.id);
  const ash = await claimedIn("Ash School", autumn!.id, "draft");
  const signedIn = await createUser(db, { schoolIds: [oak.id], email: "a.signed-in@example.com", firstName: "=Amy" });
  await db.user.update({ where: { id: signedIn.id }, data: { lastSignedInAt: day("2026-11-10") } });
  await createUser(db, { schoolIds: [oak.id], email: "b.never@example.com" });
  await createUser(db, { schoolIds: [elm.id], email: "c.elm@example.com" });
  await createUser(db, { schoolIds: [ash.id], email: "d.ash@example.com" });
  const support = await createUser(db, { kind: "support" });
  const asSupport = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, support.id) }));
  return { autumn: autumn!, asSupport, schoolUser: signedIn };
}

describe("export users", () => {
  it("lists the users of schools with a submitted claim in the window, all or only those who signed in", async () => {
    const db = await getDb();
    const { autumn, asSupport } = await scenario(db);
    const all = await asSupport.claims.support.userExport.csv({ claimWindowId: "all", activity: "all" });
    expect(all.filename).toMatch(/^exported_users_\d{8}\.csv$/);
    const lines = (await text(all.stream)).trim().split(/\r?\n/);
    expect(lines[0]).toBe("school_urn,school_name,user_first_name,user_last_name,email_address");
    expect(lines.slice(1).map((l) => l.split(",").at(-1))).toEqual([
      "a.signed-in@example.com",
      "b.never@example.com",
      "c.elm@example.com",
    ]);
    // A first name beginning with "=" cannot become a formula.
    expect(lines[1]).toContain(",'=Amy,");
    const autumnSignedIn = await asSupport.claims.support.userExport.csv({
      claimWindowId: autumn.id,
      activity: "signed_in",
    });
    const rows = (await text(autumnSignedIn.stream)).trim().split(/\r?\n/).slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("a.signed-in@example.com");
    expect(await db.auditLog.count({ where: { action: "claims.users_exported" } })).toBe(2);
  });

  it("is for support users only, and an unknown claim window is NOT_FOUND", async () => {
    const db = await getDb();
    const { asSupport, schoolUser } = await scenario(db);
    const asSchool = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, schoolUser.id) }));
    await expect(
      asSchool.claims.support.userExport.csv({ claimWindowId: "all", activity: "all" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      asSupport.claims.support.userExport.csv({ claimWindowId: crypto.randomUUID(), activity: "all" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
