import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createClaimRow, createMentor, createProvider, createUser } from "#tests/factories/index.ts";
import type { Db } from "../../../db.ts";
import { ConflictError } from "../../../errors.ts";
import { sendSamplingProviderReminders, sendSamplingSchoolReminders } from "../../../jobs/claims-reminders.ts";
import { claimsWorld } from "../../claim/claim-test-setup.ts";
import {
  approveSampledClaim,
  checkSamplingRows,
  confirmProviderRejected,
  CsvRowsError,
  rejectSampledClaim,
  samplingDeadline,
  ukLongDate,
  uploadSampling,
} from "./sampling.service.ts";

const getDb = useTestDatabase();

describe("sampling deadline: today + 21 days, moved to the next weekday", () => {
  it.each([
    ["2026-11-16T09:00:00Z", "2026-12-07"], // Monday → Monday
    ["2026-11-14T09:00:00Z", "2026-12-07"], // lands on Saturday 5 December → Monday 7
    ["2026-11-15T09:00:00Z", "2026-12-07"], // lands on Sunday 6 December → Monday 7
    ["2026-06-30T23:30:00Z", "2026-07-22"], // already 1 July in the UK (BST)
  ])("%s → %s", (now, expected) => {
    expect(samplingDeadline(new Date(now))).toBe(expected);
  });
  it("reads as a UK date", () => {
    expect(ukLongDate("2026-12-07")).toBe("7 December 2026");
  });
});

async function samplingWorld(db: Db) {
  const w = await claimsWorld(db);
  await db.providerEmailAddress.createMany({
    data: [
      { providerId: w.provider.id, emailAddress: "audit@bpn.example.com", primary: true },
      { providerId: w.provider.id, emailAddress: "quality@bpn.example.com" },
    ],
  });
  const other = await createProvider(db, { name: "Other Provider" });
  await db.providerEmailAddress.create({ data: { providerId: other.id, emailAddress: "audit@other.example.com" } });
  const m3 = await createMentor(db, { schoolId: w.school.id, firstName: "Cara", lastName: "Cole" });
  const claim = (reference: string, providerId: string, status: "paid" | "submitted" = "paid") =>
    createClaimRow(db, {
      schoolId: w.school.id,
      providerId,
      claimWindowId: w.window.id,
      status,
      reference,
      trainings: [
        { mentorId: w.m1.id, hours: 4 },
        { mentorId: m3.id, hours: 2 },
      ],
    });
  const a = await claim("11111111", w.provider.id);
  const b = await claim("22222222", other.id);
  const submitted = await claim("33333333", w.provider.id, "submitted");
  return { ...w, other, m3, a, b, submitted, supportActor: await w.actor(w.support.id) };
}

const rows = (...items: [string, string][]) =>
  items.map(([claim_reference, sample_reason], i) => ({ row: i + 2, data: { claim_reference, sample_reason } }));

describe("sampling upload", () => {
  it("moves each paid claim to sampling, one provider sampling with its audit CSV per provider, one e-mail and link per address", async () => {
    const db = await getDb();
    const w = await samplingWorld(db);
    const result = await uploadSampling(
      db,
      w.supportActor,
      rows(["11111111", "Random sample"], ["22222222", "High amount"]),
      { now: new Date("2026-11-14T09:00:00Z") },
    );
    expect(result).toMatchObject({ claims: 2, providers: 2, emails: 3 });
    const claims = await db.claim.findMany({
      where: { reference: { in: ["11111111", "22222222"] } },
      orderBy: { reference: "asc" },
    });
    expect(claims.map((c) => [c.status, c.samplingReason])).toEqual([
      ["sampling_in_progress", "Random sample"],
      ["sampling_in_progress", "High amount"],
    ]);
    const bpn = await db.providerSampling.findFirstOrThrow({ where: { providerId: w.provider.id } });
    const lines = bpn.csvContent!.trim().split("\n");
    expect(lines[0]).toBe(
      "claim_reference,school_urn,school_name,school_local_authority,school_type_of_establishment,school_group,provider_name,claim_submission_date,mentor_trn,mentor_full_name,mentor_hours_of_training,claim_accepted,rejection_reason",
    );
    expect(lines).toHaveLength(3); // one row per mentor training
    expect(lines[1]).toContain("Alice Able,4,,");
    const emails = await db.emailOutbox.findMany({ orderBy: { to: "asc" } });
    expect(emails.map((e) => e.to)).toEqual([
      "audit@bpn.example.com",
      "audit@other.example.com",
      "quality@bpn.example.com",
    ]);
    expect(emails[0].subject).toBe("ITT mentor claims need to be quality assured");
    expect(emails[0].body).toContain("7 December 2026");
    const tokens = emails.map((e) => /token=([A-Za-z0-9_-]+)/.exec(e.body)?.[1]);
    expect(new Set(tokens).size).toBe(3);
    expect(await db.downloadAccessToken.count({ where: { activityRecordType: "ProviderSampling" } })).toBe(3);
    const activity = await db.claimActivity.findFirstOrThrow();
    expect(activity.action).toBe("sampling_uploaded");
  });

  it("lists row errors (unknown, not paid, twice) and applies nothing", async () => {
    const db = await getDb();
    const w = await samplingWorld(db);
    const bad = rows(["11111111", "a"], ["33333333", "b"], ["99999999", "c"], ["11111111", "d"]);
    expect(await checkSamplingRows(db, bad)).toEqual([
      { row: 3, message: "Claim 33333333 is not paid" },
      { row: 4, message: "Claim reference 99999999 was not found" },
      { row: 5, message: "Claim 11111111 is in the file more than once" },
    ]);
    await expect(uploadSampling(db, w.supportActor, bad)).rejects.toBeInstanceOf(CsvRowsError);
    expect(await db.claim.count({ where: { status: "sampling_in_progress" } })).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.sampling.count()).toBe(0);
  });
});

describe("manual audit decisions", () => {
  it("two support users approving at once: one succeeds, the other gets a conflict", async () => {
    const db = await getDb();
    const w = await samplingWorld(db);
    await uploadSampling(db, w.supportActor, rows(["11111111", "Random"]));
    const results = await Promise.allSettled([
      approveSampledClaim(db, w.supportActor, w.a.id),
      approveSampledClaim(db, w.supportActor, w.a.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(ConflictError);
    expect((await db.claim.findUniqueOrThrow({ where: { id: w.a.id } })).status).toBe("paid");
    expect(await db.claimActivity.count({ where: { action: "provider_approved_audit" } })).toBe(1);
  });

  it("provider rejected → school users told; reject claim needs the school's response for each not-assured mentor", async () => {
    const db = await getDb();
    const w = await samplingWorld(db);
    await uploadSampling(db, w.supportActor, rows(["11111111", "Random"]));
    const trainings = await db.mentorTraining.findMany({
      where: { claimId: w.a.id },
      orderBy: { hoursCompleted: "desc" },
    });
    await confirmProviderRejected(db, w.supportActor, {
      claimId: w.a.id,
      mentors: [{ mentorTrainingId: trainings[0].id, reason: "Did not attend" }],
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: w.a.id } })).status).toBe("sampling_provider_not_approved");
    const toSchool = await db.emailOutbox.findMany({ where: { templateKey: "claims.rejected_by_provider" } });
    expect(toSchool.map((e) => e.to).sort()).toEqual([w.userA.email, w.userA2.email].sort());
    expect(toSchool[0].body).toContain("Alice Able: Did not attend");
    // A second confirmation is a conflict (no longer in sampling).
    await expect(
      confirmProviderRejected(db, w.supportActor, {
        claimId: w.a.id,
        mentors: [{ mentorTrainingId: trainings[0].id, reason: "x" }],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    // The school's response must cover exactly the not-assured mentor.
    await expect(
      rejectSampledClaim(db, w.supportActor, {
        claimId: w.a.id,
        responses: [{ mentorTrainingId: trainings[1].id, reason: "x" }],
      }),
    ).rejects.toThrow("Enter the school's response for each mentor the provider did not assure");
    await rejectSampledClaim(db, w.supportActor, {
      claimId: w.a.id,
      responses: [{ mentorTrainingId: trainings[0].id, reason: "She attended every session" }],
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: w.a.id } })).status).toBe("sampling_not_approved");
    expect(await db.mentorTraining.findUniqueOrThrow({ where: { id: trainings[0].id } })).toMatchObject({
      rejected: true,
      reasonRejected: "She attended every session",
    });
  });
});

describe("weekly audit reminders", () => {
  it("providers with an outstanding audit get a fresh link once a week; a repeat run that week leaves their link alone", async () => {
    const db = await getDb();
    const w = await samplingWorld(db);
    await uploadSampling(db, w.supportActor, rows(["11111111", "Random"], ["22222222", "Random"]));
    await approveSampledClaim(db, w.supportActor, w.b.id); // other provider's audit is done
    const monday = new Date("2026-11-30T10:00:00Z");
    expect(await sendSamplingProviderReminders(db, monday)).toEqual({ items: 1, queued: 2, alreadySent: 0 });
    const linksAfterFirst = await db.downloadAccessToken.findMany({ where: { expiresAt: { gt: monday } } });
    expect(await sendSamplingProviderReminders(db, new Date("2026-12-02T10:00:00Z"))).toEqual({
      items: 1,
      queued: 0,
      alreadySent: 2,
    });
    expect(await db.downloadAccessToken.findMany({ where: { expiresAt: { gt: monday } } })).toEqual(linksAfterFirst);
    expect(await db.emailOutbox.count({ where: { idempotencyKey: { startsWith: "claims.sampling_reminder:" } } })).toBe(
      2,
    );
    // Next week: again.
    expect(await sendSamplingProviderReminders(db, new Date("2026-12-07T10:00:00Z"))).toMatchObject({ queued: 2 });
  });

  it("schools with a claim the provider did not assure are reminded once a week, even by two runs at once", async () => {
    const db = await getDb();
    const w = await samplingWorld(db);
    await createUser(db, { kind: "support" });
    await uploadSampling(db, w.supportActor, rows(["11111111", "Random"]));
    const t = await db.mentorTraining.findFirstOrThrow({ where: { claimId: w.a.id } });
    await confirmProviderRejected(db, w.supportActor, {
      claimId: w.a.id,
      mentors: [{ mentorTrainingId: t.id, reason: "No" }],
    });
    const tuesday = new Date("2026-12-01T10:00:00Z");
    const [first, second] = await Promise.all([
      sendSamplingSchoolReminders(db, tuesday),
      sendSamplingSchoolReminders(db, tuesday),
    ]);
    expect(first.queued + second.queued).toBe(2);
    expect(first.alreadySent + second.alreadySent).toBe(2);
    expect(
      await db.emailOutbox.count({ where: { idempotencyKey: { startsWith: "claims.rejected_by_provider:" } } }),
    ).toBe(2);
  });
});

describe("provider audit file download link (public, the token is the credential)", () => {
  it("downloads once; a used, expired or unknown token downloads nothing", async () => {
    const db = await getDb();
    const w = await samplingWorld(db);
    await uploadSampling(db, w.supportActor, rows(["11111111", "Random"]));
    const email = await db.emailOutbox.findFirstOrThrow({ where: { to: "audit@bpn.example.com" } });
    const token = /token=([A-Za-z0-9_-]+)/.exec(email.body)![1];
    const { createCaller } = await import("../../../trpc/root.ts");
    const { createInnerContext } = await import("../../../trpc/context.ts");
    const anonymous = createCaller(await createInnerContext({ db, user: null, service: "claims" }));
    expect(await anonymous.claims.samplingDownload.check({ token })).toEqual({ valid: true });
    const file = await anonymous.claims.samplingDownload.download({ token });
    expect(file?.filename).toBe("quality_assurance_for_Best Practice Network_response.csv");
    expect(file?.content).toContain("11111111");
    expect(await anonymous.claims.samplingDownload.download({ token })).toBeNull();
    expect(await anonymous.claims.samplingDownload.check({ token })).toEqual({ valid: false });
    expect(
      (await db.providerSampling.findFirstOrThrow({ where: { providerId: w.provider.id } })).downloadedAt,
    ).not.toBeNull();
    // The other address's link expires after 7 days.
    const other = await db.emailOutbox.findFirstOrThrow({ where: { to: "quality@bpn.example.com" } });
    const otherToken = /token=([A-Za-z0-9_-]+)/.exec(other.body)![1];
    await db.downloadAccessToken.updateMany({
      where: { emailAddress: "quality@bpn.example.com" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await anonymous.claims.samplingDownload.download({ token: otherToken })).toBeNull();
    expect(await anonymous.claims.samplingDownload.check({ token: "x".repeat(43) })).toEqual({ valid: false });
  });
});
