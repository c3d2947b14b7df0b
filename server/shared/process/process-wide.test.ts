import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";

const getDb = useTestDatabase();

/**
 * The running server holds two copies of each server module (its own and the one bundled into the Remix build).
 * A second import after vi.resetModules() is such a second copy.
 */
async function secondCopy<T>(path: string): Promise<T> {
  vi.resetModules();
  return (await import(path)) as T;
}

describe("process-wide state", () => {
  it("two copies of server/db.ts share one database client (one embedded PGlite per process)", async () => {
    const first = await getDb();
    const copy = await secondCopy<typeof import("#server/db.ts")>("#server/db.ts");
    expect(copy.getDb).not.toBe(getDb);
    expect(await copy.getDb()).toBe(first);
  });

  it("a row written through one copy is read through the other", async () => {
    const copy = await secondCopy<typeof import("#server/db.ts")>("#server/db.ts");
    const other = await copy.getDb();
    await (await getDb()).jobRun.create({ data: { name: "email-delivery", trigger: "manual", startedAt: new Date() } });
    expect(await other.jobRun.count()).toBe(1);
  });

  it("two copies of the job runner share the runs in progress and the pg-boss queue", async () => {
    const runner = await import("#server/jobs/runner.ts");
    const copy = await secondCopy<typeof import("#server/jobs/runner.ts")>("#server/jobs/runner.ts");
    const queued: string[] = [];
    runner.setJobQueue(async (name) => void queued.push(name));
    try {
      await copy.startJobNow(await getDb(), "bank-holidays");
      expect(queued).toEqual(["bank-holidays"]);
    } finally {
      runner.setJobQueue(null);
    }
  });

  it("resetting the configuration cache in one copy reaches the other", async () => {
    const env = await import("#server/env.ts");
    const copy = await secondCopy<typeof import("#server/env.ts")>("#server/env.ts");
    const before = copy.env();
    env.resetEnvCache();
    expect(copy.env()).not.toBe(before);
  });
});
