import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createClaimRow } from "#tests/factories/index.ts";
import type { Db } from "../../db.ts";
import { countStatements } from "../../db-statements.ts";
import { claimsWorld } from "./claim-test-setup.ts";

// The references the next claims draw, in order; an empty queue falls back to the real generator.
const drawn = vi.hoisted(() => ({ queue: [] as number[] }));
vi.mock("node:crypto", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:crypto")>();
  const randomInt = ((min: number, max: number) =>
    min === 10_000_000 && drawn.queue.length > 0
      ? drawn.queue.shift()
      : real.randomInt(min, max)) as typeof real.randomInt;
  return { ...real, default: { ...real, randomInt }, randomInt };
});

type World = Awaited<ReturnType<typeof claimsWorld>>;

/** Another school's submitted claim holding `reference`. */
const takeReference = (db: Db, w: World, reference: string) =>
  createClaimRow(db, {
    schoolId: w.otherSchool.id,
    providerId: w.provider.id,
    claimWindowId: w.window.id,
    reference,
    trainings: [],
  });

/** A draft of the world's school (Alice, 8 hours), not yet given a reference. */
const draftOf = (db: Db, w: World) =>
  createClaimRow(db, {
    schoolId: w.school.id,
    providerId: w.provider.id,
    claimWindowId: w.window.id,
    status: "draft",
    reference: null,
    trainings: [{ mentorId: w.m1.id, hours: 8 }],
  });

describe("claim references", () => {
  const getDb = useTestDatabase();

  it("a reference drawn twice is not stored twice: the submission is retried with a new one", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    await takeReference(db, w, "12345678");
    const draft = await draftOf(db, w);
    drawn.queue.push(12345678, 23456789);
    const api = await w.caller(w.userA.id);
    const submitted = await api.claims.claim.submit({ schoolId: w.school.id, claimId: draft.id, version: 0 });
    expect(submitted).toMatchObject({ reference: "23456789", alreadySubmitted: false });
    expect(drawn.queue).toEqual([]);
    expect(await db.claim.count({ where: { reference: "12345678" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "claim.submitted", recordId: draft.id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { idempotencyKey: `claims.claim_submitted:${draft.id}` } })).toBe(1);
  });

  it("a new claim whose first reference is taken is created once, with the next one", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    await takeReference(db, w, "34567890");
    drawn.queue.push(34567890, 45678901);
    const api = await w.caller(w.userA.id);
    const key = randomUUID();
    const created = await api.claims.claim.create({
      schoolId: w.school.id,
      providerId: w.provider.id,
      mentors: [{ mentorId: w.m1.id, hours: 5 }],
      idempotencyKey: key,
    });
    expect(created).toMatchObject({ claimId: key, reference: "45678901", alreadyExisted: false });
    expect(await db.claim.count({ where: { schoolId: w.school.id } })).toBe(1);
    expect(await db.mentorTraining.count({ where: { claimId: key } })).toBe(1);
  });

  it("submitting a draft is one statement per step: no look-up for a free reference, one for the allowance", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const draft = await draftOf(db, w);
    const api = await w.caller(w.userA.id);
    const { statements } = await countStatements(() =>
      api.claims.claim.submit({ schoolId: w.school.id, claimId: draft.id, version: 0 }),
    );
    // The school (this caller's user was not read with a session), the rate limit, BEGIN, the claim's lock and row,
    // the school (with its rate) and the provider, the mentors' membership with their allowance locks, their
    // allowance (one statement for both rules), the update, the audit row, the e-mail, COMMIT. It was 17: a look-up
    // for a free reference, and two statements for the allowance; then 14: the school and the provider, the
    // membership and the locks apart.
    expect(statements).toBe(12);
  });
});
