import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createClaimWindow,
  createSchool,
  createUser,
  sessionUserFor,
} from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";
import { parseWith } from "~/lib/validation";
import { CLAIM_WINDOW_MESSAGES as M, ClaimWindowFormSchema } from "./claim-window.schema.ts";
import { claimWindowStatus, isOverlapViolation, writeClaimWindow } from "./claim-window.service.ts";

const getDb = useTestDatabase();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function setup() {
  const db = await getDb();
  const support = await createUser(db, { kind: "support" });
  const school = await createSchool(db);
  const schoolUser = await createUser(db, { schoolIds: [school.id] });
  const year = await createAcademicYear(db, 2030);
  const api = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, support.id) }));
  const userApi = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, schoolUser.id) }));
  return { db, api, userApi, year, support };
}

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError & { cause?: { field?: string } };
}

describe("claim window form", () => {
  const parse = (v: Record<string, string>) => parseWith(ClaimWindowFormSchema, v);
  const date = (name: string, day: string, month: string, year: string) => ({
    [`${name}-day`]: day,
    [`${name}-month`]: month,
    [`${name}-year`]: year,
  });

  it("requires both dates and an academic year", () => {
    expect(parse({})).toEqual({
      ok: false,
      errors: { startsOn: M.startsOnRequired, endsOn: M.endsOnRequired, academicYearId: M.academicYearRequired },
    });
  });

  it("needs the closing date on or after the opening date", () => {
    const id = "0b7c1c38-58d4-4f57-9a53-3c1f4bd2b1a1";
    expect(
      parse({ ...date("startsOn", "2", "5", "2031"), ...date("endsOn", "1", "5", "2031"), academicYearId: id }),
    ).toEqual({
      ok: false,
      errors: { endsOn: M.endsBeforeStart },
    });
    expect(
      parse({ ...date("startsOn", "2", "5", "2031"), ...date("endsOn", "2", "5", "2031"), academicYearId: id }),
    ).toEqual({
      ok: true,
      data: { startsOn: "2031-05-02", endsOn: "2031-05-02", academicYearId: id },
    });
  });

  it("rejects impossible dates", () => {
    const result = parse({ ...date("startsOn", "30", "2", "2031"), ...date("endsOn", "1", "13", "2031") });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.startsOn).toBe("Window opening date must be a real date");
      expect(result.errors.endsOn).toBe("Window closing date must be a real date");
    }
  });
});

describe("claimWindowStatus", () => {
  it("is current on the opening and closing days (inclusive)", () => {
    const w = { startsOn: d("2031-05-01"), endsOn: d("2031-05-31") };
    expect(claimWindowStatus(w, "2031-04-30")).toBe("upcoming");
    expect(claimWindowStatus(w, "2031-05-01")).toBe("current");
    expect(claimWindowStatus(w, "2031-05-31")).toBe("current");
    expect(claimWindowStatus(w, "2031-06-01")).toBe("past");
  });
});

describe("claims.support.claimWindow", () => {
  it("creates, lists (newest first, with status), updates and removes a window", async () => {
    const { db, api, year } = await setup();
    await createClaimWindow(db, { academicYearId: year.id, startsOn: d(iso(-60)), endsOn: d(iso(-30)) });
    await createClaimWindow(db, { academicYearId: year.id, startsOn: d(iso(-2)), endsOn: d(iso(2)) });
    const created = await api.claims.support.claimWindow.create({
      startsOn: iso(10),
      endsOn: iso(20),
      academicYearId: year.id,
    });
    expect((await api.claims.support.claimWindow.list()).map((w) => w.status)).toEqual(["upcoming", "current", "past"]);

    await api.claims.support.claimWindow.update({
      claimWindowId: created.id,
      startsOn: iso(11),
      endsOn: iso(21),
      academicYearId: year.id,
    });
    const updated = await api.claims.support.claimWindow.byId({ claimWindowId: created.id });
    expect(updated.startsOn.toISOString().slice(0, 10)).toBe(iso(11));

    await api.claims.support.claimWindow.remove({ claimWindowId: created.id });
    expect(await api.claims.support.claimWindow.list()).toHaveLength(2);
    expect((await db.claimWindow.findUniqueOrThrow({ where: { id: created.id } })).discardedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { recordType: "ClaimWindow" } })).toBe(3);
  });

  it.each([
    ["the opening date is inside another window", "2031-05-10", "2031-06-10", "startsOn", M.dateInExistingWindow],
    ["the closing date is inside another window", "2031-04-01", "2031-05-01", "endsOn", M.dateInExistingWindow],
    ["the window contains another", "2031-04-01", "2031-06-30", "startsOn", M.windowContainsExisting],
  ])("refuses a window when %s", async (_case, startsOn, endsOn, field, message) => {
    const { db, api, year } = await setup();
    await createClaimWindow(db, { academicYearId: year.id, startsOn: d("2031-05-01"), endsOn: d("2031-05-31") });
    const error = await errorOf(api.claims.support.claimWindow.create({ startsOn, endsOn, academicYearId: year.id }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(message);
    expect(error.cause?.field).toBe(field);
    expect(await db.claimWindow.count()).toBe(1);
  });

  it("allows a window next to another, and a window over a removed one", async () => {
    const { db, api, year } = await setup();
    await createClaimWindow(db, { academicYearId: year.id, startsOn: d("2031-05-01"), endsOn: d("2031-05-31") });
    await db.claimWindow.create({
      data: {
        academicYearId: year.id,
        startsOn: d("2031-07-01"),
        endsOn: d("2031-07-31"),
        discardedAt: d("2030-01-01"),
      },
    });
    await api.claims.support.claimWindow.create({
      startsOn: "2031-06-01",
      endsOn: "2031-06-30",
      academicYearId: year.id,
    });
    await api.claims.support.claimWindow.create({
      startsOn: "2031-07-10",
      endsOn: "2031-07-20",
      academicYearId: year.id,
    });
    expect(await db.claimWindow.count({ where: { discardedAt: null } })).toBe(3);
  });

  it("an edit may keep its own dates", async () => {
    const { db, api, year } = await setup();
    const w = await createClaimWindow(db, { academicYearId: year.id, startsOn: d(iso(5)), endsOn: d(iso(15)) });
    await api.claims.support.claimWindow.update({
      claimWindowId: w.id,
      startsOn: iso(5),
      endsOn: iso(16),
      academicYearId: year.id,
    });
    expect(
      await api.claims.support.claimWindow.validate({
        claimWindowId: w.id,
        startsOn: iso(5),
        endsOn: iso(16),
        academicYearId: year.id,
      }),
    ).toEqual({ valid: true });
  });

  it("maps the database's overlap exclusion to the form error", async () => {
    const { db, year } = await setup();
    await createClaimWindow(db, { academicYearId: year.id, startsOn: d("2031-05-01"), endsOn: d("2031-05-31") });
    // As if another support user's check passed just before this insert.
    const raw = await db.claimWindow
      .create({ data: { academicYearId: year.id, startsOn: d("2031-05-15"), endsOn: d("2031-06-15") } })
      .catch((e) => e);
    expect(isOverlapViolation(raw)).toBe(true);
    await expect(
      writeClaimWindow(() =>
        db.claimWindow.create({
          data: { academicYearId: year.id, startsOn: d("2031-05-15"), endsOn: d("2031-06-15") },
        }),
      ),
    ).rejects.toMatchObject({ name: "DomainError", message: M.windowContainsExisting, field: "startsOn" });
    expect(isOverlapViolation(new Error("something else"))).toBe(false);
  });

  it("two support users adding overlapping windows at once: one wins", async () => {
    const { db, api, year } = await setup();
    const results = await Promise.allSettled([
      api.claims.support.claimWindow.create({ startsOn: "2031-05-01", endsOn: "2031-05-31", academicYearId: year.id }),
      api.claims.support.claimWindow.create({ startsOn: "2031-05-10", endsOn: "2031-06-10", academicYearId: year.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as TRPCError).code).toBe("BAD_REQUEST");
    expect(await db.claimWindow.count()).toBe(1);
  });

  it("a past window cannot be changed or removed", async () => {
    const { db, api, year } = await setup();
    const past = await createClaimWindow(db, { academicYearId: year.id, startsOn: d(iso(-30)), endsOn: d(iso(-1)) });
    const error = await errorOf(api.claims.support.claimWindow.remove({ claimWindowId: past.id }));
    expect(error.message).toBe(M.cannotChangePast);
    await errorOf(
      api.claims.support.claimWindow.update({
        claimWindowId: past.id,
        startsOn: iso(-30),
        endsOn: iso(5),
        academicYearId: year.id,
      }),
    );
    expect((await db.claimWindow.findUniqueOrThrow({ where: { id: past.id } })).discardedAt).toBeNull();
  });

  it("an unknown or removed window is not found", async () => {
    const { db, api, year } = await setup();
    const removed = await db.claimWindow.create({
      data: { academicYearId: year.id, startsOn: d(iso(5)), endsOn: d(iso(6)), discardedAt: d(iso(0)) },
    });
    expect((await errorOf(api.claims.support.claimWindow.byId({ claimWindowId: removed.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(api.claims.support.claimWindow.remove({ claimWindowId: removed.id }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("lists academic years newest first for the radios", async () => {
    const { db, api } = await setup();
    await createAcademicYear(db, 2029);
    await createAcademicYear(db, 2031);
    expect((await api.claims.support.claimWindow.academicYears()).map((y) => y.name)).toEqual([
      "2031 to 2032",
      "2030 to 2031",
      "2029 to 2030",
    ]);
  });

  it("is NOT_FOUND for a school user, for every procedure", async () => {
    const { db, userApi, year } = await setup();
    const w = await createClaimWindow(db, { academicYearId: year.id, startsOn: d(iso(5)), endsOn: d(iso(6)) });
    const input = { startsOn: iso(10), endsOn: iso(11), academicYearId: year.id };
    const calls: Promise<unknown>[] = [
      userApi.claims.support.claimWindow.list(),
      userApi.claims.support.claimWindow.byId({ claimWindowId: w.id }),
      userApi.claims.support.claimWindow.academicYears(),
      userApi.claims.support.claimWindow.validate(input),
      userApi.claims.support.claimWindow.create(input),
      userApi.claims.support.claimWindow.update({ claimWindowId: w.id, ...input }),
      userApi.claims.support.claimWindow.remove({ claimWindowId: w.id }),
    ];
    for (const call of calls) expect((await errorOf(call)).code).toBe("NOT_FOUND");
    expect(await db.claimWindow.count()).toBe(1);
    expect((await db.claimWindow.findUniqueOrThrow({ where: { id: w.id } })).discardedAt).toBeNull();
  });

  it("is NOT_FOUND for a placements support user", async () => {
    const db: Db = await getDb();
    const placementsSupport = await createUser(db, { service: "placements", kind: "support" });
    const api = createCaller(
      await createInnerContext({ db, user: await sessionUserFor(db, placementsSupport.id), service: "placements" }),
    );
    await expect(api.claims.support.claimWindow.list()).rejects.toMatchObject({
      code: expect.stringMatching(/NOT_FOUND|UNAUTHORIZED/),
    });
  });
});
