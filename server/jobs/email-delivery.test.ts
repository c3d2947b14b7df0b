import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { GENERIC_TEMPLATE_ID, startNotify, type FakeNotify } from "../fakes/notify.ts";
import { queueEmail } from "../shared/email/email.service.ts";
import { claimsUserInvited } from "../shared/email/templates.ts";
import { notifySender, type EmailSender } from "../integrations/notify/notify-client.ts";
import { backoffMs, deliverPendingEmails, type DeliveryOptions } from "./email-delivery.ts";

const getDb = useTestDatabase();
let notify: FakeNotify;
let sender: EmailSender;

beforeAll(async () => {
  notify = await startNotify();
  sender = notifySender({
    apiUrl: notify.url,
    apiKey: notify.apiKey,
    templateId: GENERIC_TEMPLATE_ID,
    timeoutMs: 1000,
  });
});
afterAll(() => notify.close());
beforeEach(() => notify.reset());

const options = (o: Partial<DeliveryOptions> = {}): DeliveryOptions => ({
  sender,
  maxAttempts: 3,
  environmentName: "Test",
  production: false,
  ...o,
});

async function queue(n = 1, service: "claims" | "placements" = "claims") {
  const db = await getDb();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await queueEmail(db, {
      to: `person${i}@example.com`,
      service,
      ...claimsUserInvited({
        firstName: "Anne",
        organisationName: "Hogwarts",
        signInUrl: "https://example.org/claims/sign-in",
      }),
    });
    ids.push(id);
  }
  return ids;
}

/** Makes rows due now (as if their backoff had elapsed). */
const makeDue = async () =>
  (await getDb()).emailOutbox.updateMany({
    where: { status: "pending" },
    data: { nextAttemptAt: new Date(Date.now() - 1000) },
  });

describe("e-mail delivery", () => {
  it("sends through Notify with the generic template, environment prefix and the outbox id as reference", async () => {
    const db = await getDb();
    const [id] = await queue();
    const result = await deliverPendingEmails(db, options());
    expect(result).toMatchObject({ claimed: 1, sent: 1 });
    const [email] = notify.sent();
    expect(email).toMatchObject({
      email_address: "person0@example.com",
      template_id: GENERIC_TEMPLATE_ID,
      reference: id,
      subject: "[Test] Invitation to join Claim funding for mentor training",
    });
    expect(email.body).toContain("utm_source=email&utm_medium=notification");
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", notifyId: email.id, attempts: 1, lastError: null });
    expect(row.sentAt).not.toBeNull();
    // Nothing left to send: a second run sends nothing.
    expect((await deliverPendingEmails(db, options())).claimed).toBe(0);
    expect(notify.sent()).toHaveLength(1);
  });

  it("has no prefix in production", async () => {
    await queue();
    await deliverPendingEmails(await getDb(), options({ production: true }));
    expect(notify.sent()[0].subject).toBe("Invitation to join Claim funding for mentor training");
  });

  it("retries with exponential backoff, then marks failed after the last attempt", async () => {
    const db = await getDb();
    const [id] = await queue();
    notify.setDown(true);
    const before = Date.now();
    expect(await deliverPendingEmails(db, options())).toMatchObject({ retrying: 1, failed: 0 });
    let row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toMatch(/Notify 500/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + backoffMs(1));
    // Not due yet: nothing is claimed.
    expect((await deliverPendingEmails(db, options())).claimed).toBe(0);

    await makeDue();
    await deliverPendingEmails(db, options());
    row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "pending", attempts: 2 });
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(backoffMs(1));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));

    await makeDue();
    expect(await deliverPendingEmails(db, options())).toMatchObject({ failed: 1 });
    row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "failed", attempts: 3 });
    notify.setDown(false);
    await makeDue();
    expect((await deliverPendingEmails(db, options())).claimed).toBe(0);
    expect(notify.sent()).toHaveLength(0);
  });

  it("fails at once when Notify rejects the request (400)", async () => {
    const db = await getDb();
    const [id] = await queue();
    notify.failNext(1, 400);
    expect(await deliverPendingEmails(db, options())).toMatchObject({ failed: 1 });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("two concurrent workers never send the same e-mail", async () => {
    const db = await getDb();
    const ids = await queue(12);
    notify.setDelay(40);
    const [a, b] = await Promise.all([deliverPendingEmails(db, options()), deliverPendingEmails(db, options())]);
    expect(a.sent + b.sent).toBe(12);
    const references = notify.sent().map((e) => e.reference);
    expect(references.sort()).toEqual([...ids].sort());
    expect(await db.emailOutbox.count({ where: { status: "sent" } })).toBe(12);
  });

  it("retries a row stuck in 'sending' after its lease, once", async () => {
    const db = await getDb();
    const [id] = await queue();
    // A worker claimed it and died: status sending, lease expired.
    await db.emailOutbox.update({
      where: { id },
      data: { status: "sending", attempts: 1, nextAttemptAt: new Date(Date.now() - 1000) },
    });
    expect(await deliverPendingEmails(db, options())).toMatchObject({ sent: 1 });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent", attempts: 2 });
    // A row still inside its lease is left alone.
    const [other] = await queue();
    await db.emailOutbox.update({
      where: { id: other },
      data: { status: "sending", attempts: 1, nextAttemptAt: new Date(Date.now() + 60_000) },
    });
    expect((await deliverPendingEmails(db, options())).claimed).toBe(0);
  });

  it("sends at most 100 e-mails per minute", async () => {
    const db = await getDb();
    await db.emailOutbox.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({
        to: `bulk${i}@example.com`,
        subject: "S",
        body: "B",
        templateKey: "test.bulk",
        service: "claims" as const,
      })),
    });
    expect((await deliverPendingEmails(db, options())).sent).toBe(100);
    expect((await deliverPendingEmails(db, options())).claimed).toBe(0);
    expect(await db.emailOutbox.count({ where: { status: "pending" } })).toBe(30);
    // A minute later the rest goes.
    await db.emailOutbox.updateMany({ where: { status: "sent" }, data: { sentAt: new Date(Date.now() - 61_000) } });
    expect((await deliverPendingEmails(db, options())).sent).toBe(30);
  });

  it("holds claims e-mails queued on a bank holiday until the next working day", async () => {
    const db = await getDb();
    // Christmas Day 2026 is a Friday, Boxing Day (substitute) Monday 28th: next working day Tuesday 29th, 09:00 GMT.
    await db.bankHoliday.createMany({
      data: [
        { title: "Christmas Day", date: new Date("2026-12-25T00:00:00Z") },
        { title: "Boxing Day", date: new Date("2026-12-28T00:00:00Z") },
      ],
    });
    const [claimsId] = await queue(1, "claims");
    const [placementsId] = await queue(1, "placements");
    await db.emailOutbox.updateMany({ data: { createdAt: new Date("2026-12-25T10:00:00Z") } });
    const result = await deliverPendingEmails(db, options());
    expect(result).toMatchObject({ held: 1, sent: 1 });
    const held = await db.emailOutbox.findUniqueOrThrow({ where: { id: claimsId } });
    expect(held).toMatchObject({ status: "pending", holdUntil: new Date("2026-12-29T09:00:00Z") });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: placementsId } })).toMatchObject({ status: "sent" });
    expect(notify.sent().map((e) => e.reference)).toEqual([placementsId]);
    // Once the hold has passed it is delivered.
    await db.emailOutbox.update({ where: { id: claimsId }, data: { holdUntil: new Date(Date.now() - 1000) } });
    expect((await deliverPendingEmails(db, options())).sent).toBe(1);
  });
  it("after an uncertain attempt, asks Notify by reference and records an accepted e-mail instead of sending it again", async () => {
    const db = await getDb();
    const [id] = await queue();
    const sends: string[] = [];
    const stub: EmailSender = {
      send: async (e) => {
        sends.push(e.reference);
        return { notifyId: "should-not-happen" };
      },
      findByReference: async (reference) => (reference === id ? "notify-123" : null),
    };
    // A worker died while sending (lease expired).
    await db.emailOutbox.update({
      where: { id },
      data: { status: "sending", attempts: 1, nextAttemptAt: new Date(Date.now() - 1000) },
    });
    expect(await deliverPendingEmails(db, options({ sender: stub }))).toMatchObject({ sent: 1 });
    expect(sends).toEqual([]);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "sent",
      notifyId: "notify-123",
    });
  });
});
