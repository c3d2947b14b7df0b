import { afterAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createClaimRow,
  createClaimWindow,
  createMentor,
  createProvider,
  createSchool,
  createUser,
} from "#tests/factories/index.ts";
import type { Db } from "../db.ts";
import { addDays, londonDate } from "../shared/time/uk-time.ts";
import { jobByName } from "./definitions.ts";
import { sendInvalidProviderReminders } from "./invalid-provider-reminders.ts";
import { runJob, settleRunningJobs } from "./runner.ts";

const getDb = useTestDatabase();
afterAll(() => settleRunningJobs());

const SUBJECT = "Action by 5 December: Change your ITT mentor funding claim to ensure it gets paid";
// Monday 30 November 2026, 09:00 (GMT): ISO week 2026-W49.
const MONDAY = new Date("2026-11-30T09:00:00Z");

const day = (d: string) => new Date(`${d}T00:00:00Z`);

/** A school with a member who creates claims, an unaccredited provider, and this year's and last year's windows. */
async function setUp(db: Db) {
  const school = await createSchool(db, { name: "Hogwarts School" });
  const provider = await createProvider(db, { name: "Unaccredited Training Partnership", accredited: false });
  const creator = await createUser(db, { firstName: "Anne", email: "anne@example.com", schoolIds: [school.id] });
  const year = await createAcademicYear(db, 2026);
  const window = await createClaimWindow(db, {
    academicYearId: year.id,
    startsOn: day("2026-11-01"),
    endsOn: day("2026-12-31"),
  });
  const lastYear = await createAcademicYear(db, 2025);
  const lastWindow = await createClaimWindow(db, {
    academicYearId: lastYear.id,
    startsOn: day("2025-11-01"),
    endsOn: day("2025-12-31"),
  });
  const mentor = await createMentor(db, { schoolId: school.id });
  const claim = (opts: {
    status?: "invalid_provider" | "submitted" | "draft";
    createdById?: string;
    claimWindowId?: string;
    reference?: string;
  }) =>
    createClaimRow(db, {
      schoolId: school.id,
      providerId: provider.id,
      claimWindowId: opts.claimWindowId ?? window.id,
      status: opts.status ?? "invalid_provider",
      createdById: opts.createdById ?? creator.id,
      reference: opts.reference,
      trainings: [{ mentorId: mentor.id, hours: 10 }],
    });
  return { school, provider, creator, window, lastWindow, claim };
}

async function reminders(db: Db) {
  return db.emailOutbox.findMany({
    where: { templateKey: "claims.invalid_provider_reminder" },
    orderBy: { createdAt: "asc" },
  });
}

describe("invalid-provider reminders (Mondays 09:00)", () => {
  it("e-mails the creator of each invalid-provider claim in the current window's academic year, naming the claim", async () => {
    const db = await getDb();
    const { school, creator, lastWindow, claim } = await setUp(db);
    const first = await claim({ reference: "11111111" });
    const second = await claim({ reference: "22222222" });
    // Not reminded: other statuses, and an invalid-provider claim of last year.
    await claim({ status: "submitted" });
    await claim({ status: "draft" });
    await claim({ claimWindowId: lastWindow.id });

    const report = await sendInvalidProviderReminders(db, MONDAY);
    expect(report).toEqual({
      windowOpen: true,
      academicYear: "2026 to 2027",
      claims: 2,
      queued: 2,
      alreadySent: 0,
      skipped: 0,
    });

    const emails = await reminders(db);
    expect(emails).toHaveLength(2);
    for (const e of emails)
      expect(e).toMatchObject({ to: creator.email, subject: SUBJECT, service: "claims", status: "pending" });
    const body = emails.find((e) => e.body.includes("11111111"))!.body;
    expect(body).toContain("Dear Anne");
    expect(body).toContain("School: Hogwarts School");
    expect(body).toContain("Provider: Unaccredited Training Partnership");
    expect(body).toContain(`/claims/schools/${school.id}/claims/${first.id}?utm_source=email&utm_medium=notification`);
    expect(emails.find((e) => e.body.includes("22222222"))!.body).toContain(
      `/claims/schools/${school.id}/claims/${second.id}`,
    );
    expect(emails.map((e) => e.idempotencyKey).sort()).toEqual(
      [
        `claims.invalid_provider_reminder:${first.id}:${creator.id}:2026-W49`,
        `claims.invalid_provider_reminder:${second.id}:${creator.id}:2026-W49`,
      ].sort(),
    );
  });

  it("sends nothing when no claim window is current (UK date)", async () => {
    const db = await getDb();
    const { claim } = await setUp(db);
    await claim({});
    // The window ends on 31 December 2026; 4 January 2027 is a Monday after it.
    expect(await sendInvalidProviderReminders(db, new Date("2027-01-04T09:00:00Z"))).toEqual({ windowOpen: false });
    // 31 October 2026 23:30 UTC is still 31 October in the UK (GMT): the window opens on 1 November.
    expect(await sendInvalidProviderReminders(db, new Date("2026-10-31T23:30:00Z"))).toEqual({ windowOpen: false });
    expect(await reminders(db)).toHaveLength(0);
  });

  it("sends once a week: again in the same week nothing, next Monday again", async () => {
    const db = await getDb();
    const { claim } = await setUp(db);
    await claim({});
    expect(await sendInvalidProviderReminders(db, MONDAY)).toMatchObject({ queued: 1, alreadySent: 0 });
    // Run now on Sunday of the same ISO week.
    expect(await sendInvalidProviderReminders(db, new Date(`${addDays("2026-11-30", 6)}T20:00:00Z`))).toMatchObject({
      queued: 0,
      alreadySent: 1,
    });
    expect(await reminders(db)).toHaveLength(1);
    expect(await sendInvalidProviderReminders(db, new Date("2026-12-07T09:00:00Z"))).toMatchObject({
      queued: 1,
      alreadySent: 0,
    });
    expect((await reminders(db)).map((e) => e.idempotencyKey!.split(":").at(-1))).toEqual(["2026-W49", "2026-W50"]);
  });

  it("skips claims whose creator is a support user, removed, no longer at the school, or unknown", async () => {
    const db = await getDb();
    const { school, claim } = await setUp(db);
    const support = await createUser(db, { kind: "support" });
    const removed = await createUser(db, { schoolIds: [school.id] });
    await db.user.update({ where: { id: removed.id }, data: { discardedAt: new Date() } });
    const elsewhere = await createUser(db, { schoolIds: [(await createSchool(db)).id] });
    await claim({ createdById: support.id });
    await claim({ createdById: removed.id });
    await claim({ createdById: elsewhere.id });
    const orphan = await claim({});
    await db.claim.update({ where: { id: orphan.id }, data: { createdById: null } });

    expect(await sendInvalidProviderReminders(db, MONDAY)).toEqual({
      windowOpen: true,
      academicYear: "2026 to 2027",
      claims: 4,
      queued: 0,
      alreadySent: 0,
      skipped: 4,
    });
    expect(await reminders(db)).toHaveLength(0);
  });

  it("runs as the scheduled job and records its summary", async () => {
    const db = await getDb();
    const school = await createSchool(db);
    const provider = await createProvider(db, { accredited: false });
    const creator = await createUser(db, { schoolIds: [school.id] });
    const mentor = await createMentor(db, { schoolId: school.id });
    const today = londonDate(new Date());
    const year = await createAcademicYear(db, 2026);
    const window = await createClaimWindow(db, {
      academicYearId: year.id,
      startsOn: day(addDays(today, -1)),
      endsOn: day(addDays(today, 1)),
    });
    await createClaimRow(db, {
      schoolId: school.id,
      providerId: provider.id,
      claimWindowId: window.id,
      status: "invalid_provider",
      createdById: creator.id,
      trainings: [{ mentorId: mentor.id, hours: 5 }],
    });

    const job = jobByName("invalid-provider-reminders")!;
    expect(job).toMatchObject({ cron: "0 9 * * 1", manual: true, alwaysScheduled: false });
    await runJob(db, job, "manual");
    await runJob(db, job, "manual");
    const runs = await db.jobRun.findMany({ where: { name: job.name }, orderBy: { startedAt: "asc" } });
    expect(runs.map((r) => [r.status, r.detail])).toEqual([
      [
        "succeeded",
        "2026 to 2027: 1 claims with an invalid provider, 1 reminders queued, 0 already sent this week, 0 skipped (creator is a support user, removed or no longer at the school)",
      ],
      [
        "succeeded",
        "2026 to 2027: 1 claims with an invalid provider, 0 reminders queued, 1 already sent this week, 0 skipped (creator is a support user, removed or no longer at the school)",
      ],
    ]);
    expect(await reminders(db)).toHaveLength(1);
  });
});
