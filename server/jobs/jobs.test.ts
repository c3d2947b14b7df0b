import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TRPCError } from "@trpc/server";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createInnerContext } from "../trpc/context.ts";
import { createCaller } from "../trpc/root.ts";
import { resetEnvCache } from "../env.ts";
import { startPublishApi, type FakePublishApi } from "../fakes/publish-api.ts";
import { jobByName } from "./definitions.ts";
import { runJob, settleRunningJobs } from "./runner.ts";

const getDb = useTestDatabase();
let api: FakePublishApi;
const previousUrl = process.env.PUBLISH_API_URL;

beforeAll(async () => {
  api = await startPublishApi();
  process.env.PUBLISH_API_URL = api.url;
  resetEnvCache();
});
afterAll(async () => {
  await settleRunningJobs();
  await api.close();
  if (previousUrl === undefined) delete process.env.PUBLISH_API_URL;
  else process.env.PUBLISH_API_URL = previousUrl;
  resetEnvCache();
});

async function callerAs(service: "claims" | "placements", kind: "user" | "support", schoolIds: string[] = []) {
  const db = await getDb();
  const user = await createUser(db, { service, kind, schoolIds });
  return createCaller(await createInnerContext({ db, user: await sessionUserFor(db, user.id), service }));
}

const notFound = expect.objectContaining({ code: "NOT_FOUND" }) as unknown as TRPCError;

describe("support jobs and e-mail previews", () => {
  it("school users cannot see jobs or e-mail previews (NOT_FOUND)", async () => {
    const db = await getDb();
    const school = await createSchool(db);
    const claims = await callerAs("claims", "user", [school.id]);
    await expect(claims.claims.support.jobs.list()).rejects.toEqual(notFound);
    await expect(claims.claims.support.jobs.runNow({ name: "publish-subjects" })).rejects.toEqual(notFound);
    await expect(claims.claims.support.emails.list()).rejects.toEqual(notFound);
    const placements = await callerAs("placements", "user", [school.id]);
    await expect(placements.placements.support.jobs.list()).rejects.toEqual(notFound);
    await expect(placements.placements.support.emails.list()).rejects.toEqual(notFound);
    expect(await db.jobRun.count()).toBe(0);
  });

  it("support users see every job and the service's e-mail previews", async () => {
    const support = await callerAs("claims", "support");
    const jobs = await support.claims.support.jobs.list();
    // In the order of their schedules.
    expect(jobs.map((j) => j.name).join(" ")).toBe(
      "email-delivery session-purge gias-import publish-subjects mentor-names publish-providers invalid-provider-reminders sampling-provider-reminders sampling-school-reminders claim-deadline-reminders bank-holidays",
    );
    expect(jobs.find((j) => j.name === "invalid-provider-reminders")).toMatchObject({
      manual: true,
      schedule: expect.stringMatching(/Not scheduled/),
    });
    expect(jobs.find((j) => j.name === "mentor-names")).toMatchObject({
      manual: true,
      schedule: expect.stringMatching(/Not scheduled/),
    });
    expect(jobs.find((j) => j.name === "gias-import")).toMatchObject({
      manual: true,
      schedule: expect.stringMatching(/Not scheduled/),
    });
    const emails = await support.claims.support.emails.list();
    expect(emails.map((e) => e.subject)).toContain("Claim submitted for mentor training funding");
    expect(emails.every((e) => e.templateKey.startsWith("claims."))).toBe(true);
    const placements = await callerAs("placements", "support");
    expect((await placements.placements.support.emails.list()).map((e) => e.templateKey)).toContain(
      "placements.school_user_invited",
    );
  });

  it("Run now starts an import and records its run; delivery and purge cannot be run by hand", async () => {
    const db = await getDb();
    const support = await callerAs("claims", "support");
    await expect(support.claims.support.jobs.runNow({ name: "email-delivery" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await support.claims.support.jobs.runNow({ name: "publish-subjects" })).toEqual({
      title: "Import subjects from the Publish API",
    });
    await settleRunningJobs();
    const [run] = (await support.claims.support.jobs.list()).find((j) => j.name === "publish-subjects")!.runs;
    expect(run).toMatchObject({ trigger: "manual", status: "succeeded", detail: expect.stringMatching(/created/) });
    expect(await db.subject.count()).toBeGreaterThan(10);
  });

  it("records a failed run with its error", async () => {
    const db = await getDb();
    api.setDown(true);
    await runJob(db, jobByName("publish-providers")!, "schedule");
    api.setDown(false);
    const run = await db.jobRun.findFirstOrThrow({ where: { name: "publish-providers" } });
    expect(run).toMatchObject({ status: "failed", trigger: "schedule" });
    expect(run.detail).toMatch(/HTTP 500/);
    expect(run.finishedAt).not.toBeNull();
  });
});
