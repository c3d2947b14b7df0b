import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createAcademicYear, createMentor, createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";
import { MENTOR_MESSAGES } from "#server/shared/mentor/mentor.schema.ts";

/**
 * Deleting a placements mentor while a placement gains that mentor, on a real PostgreSQL server (several
 * connections; PGlite has one). A `*.pg.test.ts` suite: `npm run test:postgres` runs it.
 */
describe("placements mentor deletion under concurrency (PostgreSQL)", () => {
  const getDb = useTestDatabase();

  async function world(db: Db) {
    const school = await createSchool(db, { placements: true });
    const user = await createUser(db, { service: "placements", schoolIds: [school.id] });
    const year = await createAcademicYear(db, 2026);
    const subject = await db.subject.create({ data: { name: "Mathematics", subjectArea: "secondary" } });
    const placement = await db.placement.create({
      data: { schoolId: school.id, academicYearId: year.id, subjectId: subject.id },
    });
    const mentor = await createMentor(db, { schoolId: school.id, service: "placements" });
    const api = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, user.id) }));
    return { school, placement, mentor, api };
  }

  /** Statements of this database waiting for a row lock. */
  async function lockWaiters(db: Db) {
    const rows = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    return Number(rows[0].n);
  }

  /** Runs `first` in a transaction that stays open until `second` is waiting for its locks. */
  async function race(
    db: Db,
    first: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]) => Promise<unknown>,
    second: () => Promise<unknown>,
  ) {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const done = new Promise<void>((resolve) => (started = resolve));
    const held = db.$transaction(
      async (tx) => {
        await first(tx);
        started();
        await gate;
      },
      { timeout: 30_000 },
    );
    await done;
    const waiting = second().then(
      () => null,
      (error: unknown) => error,
    );
    await expect.poll(() => lockWaiters(db), { timeout: 20_000 }).toBeGreaterThan(0);
    release();
    await held;
    return waiting;
  }

  it("a deletion waiting on a placement that gains the mentor is refused", async () => {
    const db = await getDb();
    const { school, placement, mentor, api } = await world(db);
    const error = await race(
      db,
      (tx) => tx.placementMentorJoin.create({ data: { placementId: placement.id, mentorId: mentor.id } }),
      () => api.placements.schoolMentor.remove({ schoolId: school.id, mentorId: mentor.id }),
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).message).toBe(MENTOR_MESSAGES.cannotDeleteFromPlacements);
    expect(await db.mentorMembership.count({ where: { mentorId: mentor.id } })).toBe(1);
  });

  it("a placement waiting on the mentor's deletion cannot gain the mentor", async () => {
    const db = await getDb();
    const { placement, mentor } = await world(db);
    const error = await race(
      db,
      (tx) => tx.mentorMembership.deleteMany({ where: { mentorId: mentor.id } }),
      () => db.placementMentorJoin.create({ data: { placementId: placement.id, mentorId: mentor.id } }),
    );
    expect(String((error as Error).message)).toContain("placement_mentor_joins_school_mentor");
    expect(await db.placementMentorJoin.count()).toBe(0);
  });
});
