import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createMentor } from "#tests/factories/index.ts";
import { startTeachingRecordApi, type FakeTeachingRecordApi } from "#server/fakes/teaching-record-api.ts";
import { resetEnvCache } from "../../env.ts";
import { jobByName } from "../../jobs/definitions.ts";
import { runJob, settleRunningJobs } from "../../jobs/runner.ts";
import { formatSyncMentorsReport, syncMentorNames } from "./sync-mentors.ts";
import { createTeachingRecordClient } from "./teaching-record.client.ts";

const getDb = useTestDatabase();
let fake: FakeTeachingRecordApi;
const previous = { url: process.env.TEACHING_RECORD_API_URL, key: process.env.TEACHING_RECORD_API_KEY };

beforeAll(async () => {
  fake = await startTeachingRecordApi({ port: 0 });
});
beforeEach(() => fake.reset());
afterAll(async () => {
  await settleRunningJobs();
  await fake.close();
  for (const [name, value] of [
    ["TEACHING_RECORD_API_URL", previous.url],
    ["TEACHING_RECORD_API_KEY", previous.key],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvCache();
});

const client = () => createTeachingRecordClient({ baseUrl: fake.url, apiKey: fake.apiKey, timeoutMs: 2000 });
const noWait = async () => {};

describe("mentor name refresh from the Teaching Record (daily 00:05)", () => {
  it("updates a changed name by TRN, leaves the others, and survives one mentor's API error", async () => {
    const db = await getDb();
    // Jane Doe married: the Teaching Record now has her new surname.
    fake.addTeacher({
      trn: "1234567",
      firstName: "Jane",
      middleName: "",
      lastName: "Brown",
      dateOfBirth: "1991-01-22",
    });
    const jane = await createMentor(db, { trn: "1234567", firstName: "Jane", lastName: "Doe" });
    const john = await createMentor(db, { trn: "1234568", firstName: "John", lastName: "Smith" });
    const unknown = await createMentor(db, { trn: "7654321", firstName: "Not", lastName: "Known" });
    const broken = await createMentor(db, { trn: "1234569", firstName: "Priya", lastName: "Old" });
    fake.failTrn("1234569", 500);

    const report = await syncMentorNames(db, client(), { sleep: noWait });
    expect(report).toEqual({ checked: 4, updated: 1, unchanged: 1, notFound: 1, failed: 1 });

    const names = async (id: string) =>
      db.mentor.findUniqueOrThrow({ where: { id }, select: { firstName: true, lastName: true, updatedAt: true } });
    expect(await names(jane.id)).toMatchObject({ firstName: "Jane", lastName: "Brown" });
    expect(await names(john.id)).toEqual({ firstName: "John", lastName: "Smith", updatedAt: john.updatedAt });
    expect(await names(unknown.id)).toEqual({ firstName: "Not", lastName: "Known", updatedAt: unknown.updatedAt });
    expect(await names(broken.id)).toEqual({ firstName: "Priya", lastName: "Old", updatedAt: broken.updatedAt });

    // Looked up by TRN only, once each.
    expect(
      fake
        .requests()
        .map((r) => [r.trn, r.dateOfBirth])
        .sort(),
    ).toEqual([
      ["1234567", null],
      ["1234568", null],
      ["1234569", null],
      ["7654321", null],
    ]);
    const audit = await db.auditLog.findMany({ where: { action: "mentor.names_synced" } });
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: null,
        recordType: "Mentor",
        recordId: jane.id,
        changes: { firstName: ["Jane", "Jane"], lastName: ["Doe", "Brown"] },
      }),
    ]);

    // A second run finds nothing to change.
    expect(await syncMentorNames(db, client(), { sleep: noWait })).toEqual({
      checked: 4,
      updated: 0,
      unchanged: 2,
      notFound: 1,
      failed: 1,
    });
  });

  it("works through every mentor in batches, pausing between batches for the API's rate limit", async () => {
    const db = await getDb();
    for (let i = 0; i < 7; i++)
      await createMentor(db, { trn: String(1234567 + i), firstName: "Old", lastName: `Name ${i}` });
    const pauses: number[] = [];
    const report = await syncMentorNames(db, client(), {
      batchSize: 3,
      batchIntervalMs: 60_000,
      concurrency: 2,
      sleep: async (ms) => void pauses.push(ms),
    });
    expect(report).toEqual({ checked: 7, updated: 7, unchanged: 0, notFound: 0, failed: 0 });
    // Batches of 3, 3 and 1: two pauses of (almost) a minute.
    expect(pauses).toHaveLength(2);
    for (const ms of pauses) expect(ms).toBeGreaterThan(50_000);
    expect(new Set(fake.requests().map((r) => r.trn)).size).toBe(7);
    expect((await db.mentor.findMany({ orderBy: { trn: "asc" } })).map((m) => `${m.firstName} ${m.lastName}`)).toEqual([
      "Jane Doe",
      "John Smith",
      "Priya Sharma",
      "Oluwaseun Adeyemi",
      "Siobhán O'Connor",
      "Mohammed Ali",
      "Emily Clarke",
    ]);
  });

  it("stops with an error when the API keeps failing", async () => {
    const db = await getDb();
    for (let i = 0; i < 6; i++)
      await createMentor(db, { trn: String(1234567 + i), firstName: "Old", lastName: `Name ${i}` });
    fake.setDown(true);
    await expect(
      syncMentorNames(db, client(), { sleep: noWait, concurrency: 1, maxConsecutiveFailures: 3 }),
    ).rejects.toThrow(
      /Teaching Record API unavailable: stopped after 3 failures in a row \(3 mentors checked: 0 updated, 0 unchanged, 0 not found, 3 failed\)/,
    );
    expect(await db.mentor.count({ where: { firstName: "Old" } })).toBe(6);
  });

  it("runs as the scheduled job against the configured API and records its summary", async () => {
    const db = await getDb();
    const job = jobByName("mentor-names")!;
    expect(job).toMatchObject({ cron: "5 0 * * *", manual: true, alwaysScheduled: false });

    delete process.env.TEACHING_RECORD_API_URL;
    resetEnvCache();
    await runJob(db, job, "schedule");
    expect(await db.jobRun.findFirstOrThrow({ where: { name: job.name } })).toMatchObject({
      status: "failed",
      detail: expect.stringMatching(/not set/),
    });
    await db.jobRun.deleteMany();

    process.env.TEACHING_RECORD_API_URL = fake.url;
    process.env.TEACHING_RECORD_API_KEY = fake.apiKey;
    resetEnvCache();
    await createMentor(db, { trn: "1234568", firstName: "Jon", lastName: "Smith" });
    await createMentor(db, { trn: "1234569", firstName: "Priya", lastName: "Sharma" });
    await runJob(db, job, "manual");
    const run = await db.jobRun.findFirstOrThrow({ where: { name: job.name } });
    expect(run).toMatchObject({ status: "succeeded", trigger: "manual" });
    expect(run.detail).toBe(formatSyncMentorsReport({ checked: 2, updated: 1, unchanged: 1, notFound: 0, failed: 0 }));
    expect(run.detail).toBe("2 mentors checked: 1 updated, 1 unchanged, 0 not found, 0 failed");
  });
});
