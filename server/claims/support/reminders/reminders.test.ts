import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createClaimRow,
  createClaimWindow,
  createEligibility,
  createMentor,
  createProvider,
  createSchool,
  createUser,
  sessionUserFor,
} from "#tests/factories/index.ts";
import type { Db } from "#server/db.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import { PREVIEW_LIMIT, previewReminders, reminderRecipients, sendReminders } from "./reminders.service.ts";
import { currentClaimWindow } from "#server/claims/claim/claim.service.ts";
import { REMINDER_KINDS } from "./reminders.schema.ts";

const getDb = useTestDatabase();
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const inWindow = new Date("2026-12-02T10:00:00Z");

/**
 * Eligible schools: "Silent" (nobody signed in, no claim), "Browsing" (signed in, no claim), "Claimed" (submitted);
 * "Elsewhere" is not eligible. Providers: "Busy" has a claim in the window, "Quiet" has none, "Unaccredited" is not
 * accredited.
 */
async function scenario(db: Db) {
  const year = await createAcademicYear(db, 2026);
  await createClaimWindow(db, { academicYearId: year.id, startsOn: day("2026-11-01"), endsOn: day("2026-12-31") });
  const window = await db.claimWindow.findFirstOrThrow();
  const silent = await createSchool(db, { name: "Silent School" });
  const browsing = await createSchool(db, { name: "Browsing School" });
  const claimed = await createSchool(db, { name: "Claimed School" });
  const elsewhere = await createSchool(db, { name: "Elsewhere School" });
  for (const s of [silent, browsing, claimed]) await createEligibility(db, s.id, year.id);
  await createUser(db, { schoolIds: [silent.id], email: "silent@example.com", firstName: "Sam" });
  const browser = await createUser(db, { schoolIds: [browsing.id], email: "browsing@example.com", firstName: "Bea" });
  await db.user.update({ where: { id: browser.id }, data: { lastSignedInAt: day("2026-11-15") } });
  await createUser(db, { schoolIds: [browsing.id], email: "browsing2@example.com" });
  await createUser(db, { schoolIds: [claimed.id], email: "claimed@example.com" });
  await createUser(db, { schoolIds: [elsewhere.id], email: "elsewhere@example.com" });
  const busy = await createProvider(db, { name: "Busy Provider" });
  const quiet = await createProvider(db, { name: "Quiet Provider" });
  await createProvider(db, { name: "Unaccredited Provider", accredited: false });
  await db.provider.update({ where: { id: quiet.id }, data: { emailAddress: "quiet@provider.example" } });
  const mentor = await createMentor(db, { schoolId: claimed.id });
  await createClaimRow(db, {
    schoolId: claimed.id,
    providerId: busy.id,
    claimWindowId: window.id,
    trainings: [{ mentorId: mentor.id, hours: 2 }],
  });
  const support = await createUser(db, { kind: "support" });
  return { support };
}

const names = (p: Awaited<ReturnType<typeof previewReminders>>) => p.organisations.map((o) => o.name);

describe("support reminder tools", () => {
  it("each tool picks its recipients from the open window", async () => {
    const db = await getDb();
    await scenario(db);
    const notSubmitted = await previewReminders(db, "schools-not-submitted", inWindow);
    expect(names(notSubmitted)).toEqual(["Browsing School", "Silent School"]);
    expect(notSubmitted).toMatchObject({
      organisationCount: 2,
      emailCount: 3,
      window: { deadline: "31 December 2026" },
    });
    expect(names(await previewReminders(db, "schools-not-signed-in", inWindow))).toEqual(["Silent School"]);
    expect(names(await previewReminders(db, "schools-signed-in-not-claimed", inWindow))).toEqual(["Browsing School"]);
    const providers = await previewReminders(db, "providers-not-submitted", inWindow);
    expect(names(providers)).toEqual(["Quiet Provider"]);
  });

  it("sends each reminder once per address per day, with the reminder's wording", async () => {
    const db = await getDb();
    const { support } = await scenario(db);
    expect(await sendReminders(db, support, "schools-signed-in-not-claimed", {}, inWindow)).toEqual({
      organisations: 1,
      queued: 2,
      alreadySent: 0,
    });
    expect(await sendReminders(db, support, "schools-signed-in-not-claimed", {}, inWindow)).toMatchObject({
      queued: 0,
      alreadySent: 2,
    });
    // The next day it may be sent again.
    const nextDay = new Date("2026-12-03T10:00:00Z");
    expect(await sendReminders(db, support, "schools-signed-in-not-claimed", {}, nextDay)).toMatchObject({ queued: 2 });
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: "browsing@example.com" } });
    expect(mail.subject).toBe("Deadline 31 December 2026: Claim funding for ITT Mentor training");
    expect(mail.body).toContain("Dear Bea,");
    expect(mail.body).toContain("Browsing School");
    await sendReminders(db, support, "providers-not-submitted", {}, inWindow);
    const providerMail = await db.emailOutbox.findFirstOrThrow({ where: { to: "quiet@provider.example" } });
    expect(providerMail.subject).toBe("Deadline 31 December 2026: your schools haven't claimed for ITT mentor funding");
    const audit = await db.auditLog.findMany({ where: { action: "claims.reminders_sent" } });
    expect(audit).toHaveLength(4);
  });

  it("two support users sending at once queue each e-mail once", async () => {
    const db = await getDb();
    const { support } = await scenario(db);
    const results = await Promise.allSettled([
      sendReminders(db, support, "schools-not-submitted", {}, inWindow),
      sendReminders(db, support, "schools-not-submitted", {}, inWindow),
    ]);
    const queued = results.map((r) => (r.status === "fulfilled" ? r.value.queued : 0));
    expect(queued.reduce((a, b) => a + b, 0)).toBe(3);
    expect(await db.emailOutbox.count()).toBe(3);
  });

  it("without an open window there is nothing to preview and sending is refused", async () => {
    const db = await getDb();
    const { support } = await scenario(db);
    const after = new Date("2027-02-01T10:00:00Z");
    expect(await previewReminders(db, "schools-not-submitted", after)).toMatchObject({ window: null, emailCount: 0 });
    await expect(sendReminders(db, support, "schools-not-submitted", {}, after)).rejects.toThrow(
      "You cannot send reminders because there is no claim window open",
    );
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("only support users reach the procedures (a school user gets NOT_FOUND), and an unknown kind is refused", async () => {
    const db = await getDb();
    await scenario(db);
    const schoolUser = await db.user.findFirstOrThrow({ where: { email: "silent@example.com" } });
    const asSchool = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, schoolUser.id) }));
    await expect(asSchool.claims.support.reminders.preview({ kind: "schools-not-submitted" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(asSchool.claims.support.reminders.send({ kind: "schools-not-submitted" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const support = await db.user.findFirstOrThrow({ where: { kind: "support" } });
    const asSupport = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, support.id) }));
    await expect(
      asSupport.claims.support.reminders.preview({ kind: "everyone" as "schools-not-submitted" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("counts every organisation and e-mail in SQL and names at most the first PREVIEW_LIMIT organisations", async () => {
    const db = await getDb();
    await scenario(db);
    const quiet = await db.provider.findFirstOrThrow({ where: { name: "Quiet Provider" } });
    const listed = await createProvider(db, { name: "Listed Provider" });
    await db.providerEmailAddress.createMany({
      data: ["a@listed.example", "A@listed.example ", "b@listed.example"].map((emailAddress) => ({
        providerId: listed.id,
        emailAddress,
      })),
    });
    await db.provider.update({ where: { id: listed.id }, data: { emailAddress: "main@listed.example" } });
    const year = await db.academicYear.findFirstOrThrow();
    const many = await Promise.all(
      Array.from({ length: PREVIEW_LIMIT }, (_, i) => createSchool(db, { name: `Zz School ${i}` })),
    );
    await db.eligibility.createMany({ data: many.map((s) => ({ schoolId: s.id, academicYearId: year.id })) });
    const window = (await currentClaimWindow(db, inWindow))!;
    for (const kind of REMINDER_KINDS) {
      const all = await reminderRecipients(db, kind, window);
      const preview = await previewReminders(db, kind, inWindow);
      expect(preview.organisationCount, kind).toBe(all.length);
      expect(preview.emailCount, kind).toBe(all.reduce((n, o) => n + o.recipients.length, 0));
      expect(
        preview.organisations.map((o) => o.id),
        kind,
      ).toEqual(all.slice(0, PREVIEW_LIMIT).map((o) => o.id));
    }
    const notSubmitted = await previewReminders(db, "schools-not-submitted", inWindow);
    expect(notSubmitted).toMatchObject({ organisationCount: PREVIEW_LIMIT + 2, emailCount: 3 });
    expect(notSubmitted.organisations).toHaveLength(PREVIEW_LIMIT);
    const providers = await previewReminders(db, "providers-not-submitted", inWindow);
    expect(providers).toMatchObject({ organisationCount: 2, emailCount: 3 });
    expect(quiet.emailAddress).toBe("quiet@provider.example");
  });
});
