/**
 * Notify outage: the business action never depends on Notify; queued e-mails are delivered once Notify recovers,
 * exactly once (checked against what the fake Notify received, by reference = outbox id).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createRegion } from "#tests/factories/index.ts";
import { GENERIC_TEMPLATE_ID, startNotify, type FakeNotify } from "../server/fakes/notify.ts";
import { notifySender } from "../server/integrations/notify/notify-client.ts";
import { deliverPendingEmails, UNCERTAIN } from "../server/jobs/email-delivery.ts";
import { queueEmail } from "../server/shared/email/email.service.ts";
import { claimsSchoolEligible } from "../server/shared/email/templates.ts";

const getDb = useTestDatabase();
let notify: FakeNotify;

beforeAll(async () => {
  notify = await startNotify();
});
afterAll(() => notify.close());
beforeEach(() => notify.reset());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A business action: a school change and its e-mail in one transaction. */
async function makeSchoolEligible(name: string) {
  const db = await getDb();
  const region = await createRegion(db, { name: "Rest of England" });
  return db.$transaction(async (tx) => {
    const school = await tx.school.create({
      data: {
        name,
        urn: String(Math.floor(100000 + Math.random() * 800000)),
        regionId: region.id,
        claimsService: true,
      },
    });
    const { id } = await queueEmail(tx, {
      to: "head@example.org",
      service: "claims",
      ...claimsSchoolEligible({
        firstName: "Sam",
        schoolName: name,
        academicYearName: "2026 to 2027",
        signInUrl: "https://example.org/claims/sign-in",
      }),
    });
    return { school, outboxId: id };
  });
}

async function deliverAll(timeoutMs: number) {
  const db = await getDb();
  // Treat every backoff as elapsed: this test is about outcomes, not waiting.
  await db.emailOutbox.updateMany({
    where: { status: "pending" },
    data: { nextAttemptAt: new Date(Date.now() - 1000) },
  });
  return deliverPendingEmails(db, {
    sender: notifySender({ apiUrl: notify.url, apiKey: notify.apiKey, templateId: GENERIC_TEMPLATE_ID, timeoutMs }),
    maxAttempts: 10,
    environmentName: "Test",
    production: false,
  });
}

describe("Notify outage", () => {
  it("Notify returning 500: the action succeeds, the e-mail goes once Notify is back, never twice", async () => {
    const db = await getDb();
    notify.setDown(true);
    const { school, outboxId } = await makeSchoolEligible("Outage Primary");
    expect(await db.school.findUnique({ where: { id: school.id } })).not.toBeNull();

    for (let i = 0; i < 3; i++) expect(await deliverAll(2000)).toMatchObject({ retrying: 1, sent: 0 });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } })).toMatchObject({
      status: "pending",
      attempts: 3,
    });
    expect(notify.sent()).toHaveLength(0);

    notify.setDown(false);
    expect(await deliverAll(2000)).toMatchObject({ sent: 1 });
    for (let i = 0; i < 3; i++) expect((await deliverAll(2000)).claimed).toBe(0);
    expect(notify.sent().filter((e) => e.reference === outboxId)).toHaveLength(1);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } })).toMatchObject({
      status: "sent",
      attempts: 4,
    });
  });

  it("Notify timing out: the action succeeds, the attempt is marked uncertain, the e-mail goes once Notify is back", async () => {
    const db = await getDb();
    notify.setDown(true);
    notify.setDelay(800); // hangs longer than the client's timeout, then fails
    const { outboxId } = await makeSchoolEligible("Timeout Academy");
    const started = Date.now();
    expect(await deliverAll(200)).toMatchObject({ retrying: 1 });
    expect(Date.now() - started).toBeLessThan(5000);
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } });
    expect(row.status).toBe("pending");
    expect(row.lastError?.startsWith(UNCERTAIN)).toBe(true);
    await sleep(900); // let the hung request finish on the fake's side

    notify.setDown(false);
    notify.setDelay(0);
    expect(await deliverAll(2000)).toMatchObject({ sent: 1 });
    expect((await deliverAll(2000)).claimed).toBe(0);
    expect(notify.sent().filter((e) => e.reference === outboxId)).toHaveLength(1);
  });
});
