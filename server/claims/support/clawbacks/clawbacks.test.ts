import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { rejects } from "#server/claims/claim/claim-test-setup.ts";
import { createClaimRow } from "#tests/factories/index.ts";
import { resetEnvCache } from "#server/env.ts";
import { consumeDownloadLink } from "#server/shared/download-link/download-link.service.ts";
import { clawbackWorld } from "./clawbacks-test-setup.ts";
import { decodeCsvBytes, parseCsvUpload } from "#server/shared/csv/csv-upload.ts";
import {
  APPROVAL_REQUIRED,
  CLAWBACK_RESPONSE_CSV,
  HOURS_REQUIRED,
  MentorApprovalForm,
  MentorClawbackForm,
  REASON_REQUIRED,
  REJECTION_REASON_REQUIRED,
} from "./clawbacks.schema.ts";
import { clawbackFileForLink, SAME_USER_MESSAGE } from "./clawbacks.service.ts";

const getDb = useTestDatabase();

/** A form schema's result as the page sees it: the data, or the first message per field. */
function parseWith(
  schema: {
    safeParse(v: unknown): {
      success: boolean;
      data?: unknown;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  values: unknown,
) {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error!.issues) errors[issue.path.map(String).join(".")] ??= issue.message;
  return { ok: false, errors };
}

beforeEach(() => {
  process.env.PAYER_EMAIL_ADDRESSES = "payer@example.com, Second.Payer@example.com";
  resetEnvCache();
});

type World = Awaited<ReturnType<typeof clawbackWorld>>;

/** Alice worked 2 of her 6 hours (4 clawed back), Bob all 4 of his. */
const request = (w: World, caller = w.first) =>
  caller.claims.support.clawbacks.request({
    claimId: w.claim.id,
    mentors: [
      { mentorTrainingId: w.alice.id, hoursWorked: 2, reason: "Only two sessions attended" },
      { mentorTrainingId: w.bob.id, hoursWorked: 4, reason: "Register shows every session" },
    ],
  });

const approveAll = (w: World, caller = w.second) =>
  caller.claims.support.clawbacks.approve({
    claimId: w.claim.id,
    decisions: [
      { mentorTrainingId: w.alice.id, approved: true },
      { mentorTrainingId: w.bob.id, approved: true },
    ],
  });

const statusOf = async (w: World) =>
  (await (await getDb()).claim.findUniqueOrThrow({ where: { id: w.claim.id } })).status;

describe("the forms' rules (the reference's messages)", () => {
  it("hours worked: required, a whole number; reason required", () => {
    expect(parseWith(MentorClawbackForm, { hoursWorked: "", reason: "x" })).toMatchObject({
      ok: false,
      errors: { hoursWorked: HOURS_REQUIRED },
    });
    expect(parseWith(MentorClawbackForm, { hoursWorked: "1.5", reason: "x" })).toMatchObject({
      errors: { hoursWorked: HOURS_REQUIRED },
    });
    expect(parseWith(MentorClawbackForm, { hoursWorked: "-1", reason: "x" })).toMatchObject({
      errors: { hoursWorked: HOURS_REQUIRED },
    });
    expect(parseWith(MentorClawbackForm, { hoursWorked: "3", reason: "  " })).toMatchObject({
      errors: { reason: REASON_REQUIRED },
    });
    expect(parseWith(MentorClawbackForm, { hoursWorked: " 3 ", reason: "Fine" })).toEqual({
      ok: true,
      data: { hoursWorked: 3, reason: "Fine" },
    });
  });

  it("approval: Yes or No required; No needs a reason", () => {
    expect(parseWith(MentorApprovalForm, {})).toMatchObject({ errors: { approved: APPROVAL_REQUIRED } });
    expect(parseWith(MentorApprovalForm, { approved: "no", rejectionReason: "" })).toMatchObject({
      errors: { rejectionReason: REJECTION_REASON_REQUIRED },
    });
    expect(parseWith(MentorApprovalForm, { approved: "yes", rejectionReason: "ignored" })).toEqual({
      ok: true,
      data: { approved: true, reason: null },
    });
  });
});

describe("request clawback", () => {
  it("moves sampling_not_approved → clawback_requires_approval with the hours, the requester, e-mails and activity", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db);
    expect(await request(w)).toEqual({ outcome: "requested" });

    const claim = await db.claim.findUniqueOrThrow({
      where: { id: w.claim.id },
      include: { mentorTrainings: { orderBy: { hoursCompleted: "desc" } } },
    });
    expect(claim.status).toBe("clawback_requires_approval");
    expect(claim.clawbackRequestedById).toBe(w.support.id);
    expect(claim.clawbackApprovedById).toBeNull();
    expect(claim.mentorTrainings.map((t) => [t.hoursClawedBack, t.reasonClawedBack])).toEqual([
      [4, "Only two sessions attended"],
      [0, "Register shows every session"],
    ]);

    const view = await w.first.claims.support.clawbacks.byId({ claimId: w.claim.id });
    expect(
      view.mentors.map((m) => [m.name, m.hoursClaimed, m.hoursWorked, m.hoursClawedBack, m.clawbackPence]),
    ).toEqual([
      ["Alice Able", 6, 2, 4, 4 * 5360],
      ["Bob Baker", 4, 4, 0, 0],
    ]);
    expect(view.totalClawbackPence).toBe(21_440);
    expect(view.amountAfterClawbackPence).toBe(53_600 - 21_440);
    expect(view.requestedBy?.id).toBe(w.support.id);

    // The school's two users are told (the other school's user is not), with the amount.
    const emails = await db.emailOutbox.findMany({ orderBy: { to: "asc" } });
    expect(emails.map((e) => e.to).sort()).toEqual([w.userA.email, w.userA2.email].sort());
    expect(emails[0].templateKey).toBe("claims.clawback_requested");
    expect(emails[0].body).toContain("£214.40");
    expect(await db.claimActivity.count({ where: { action: "clawback_requested" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "claim.clawback_requested" } })).toBe(1);
  });

  it("refuses hours outside 0..hours claimed, a missing mentor, a foreign mentor training and a claim not rejected", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db);
    const tooMany = await rejects(
      w.first.claims.support.clawbacks.request({
        claimId: w.claim.id,
        mentors: [
          { mentorTrainingId: w.alice.id, hoursWorked: 7, reason: "x" },
          { mentorTrainingId: w.bob.id, hoursWorked: 4, reason: "x" },
        ],
      }),
    );
    expect(tooMany.code).toBe("BAD_REQUEST");
    expect(tooMany.message).toBe("Enter a whole number of hours between 0 and 6");
    const missing = await rejects(
      w.first.claims.support.clawbacks.request({
        claimId: w.claim.id,
        mentors: [{ mentorTrainingId: w.alice.id, hoursWorked: 1, reason: "x" }],
      }),
    );
    expect(missing.message).toBe("Enter the hours worked for every mentor whose training was not assured");

    const other = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "paid",
      trainings: [{ mentorId: w.m1.id, hours: 2 }],
    });
    const foreignTraining = await db.mentorTraining.findFirstOrThrow({ where: { claimId: other.id } });
    await db.mentorTraining.update({ where: { id: foreignTraining.id }, data: { notAssured: true } });
    const foreign = await rejects(
      w.first.claims.support.clawbacks.request({
        claimId: w.claim.id,
        mentors: [
          { mentorTrainingId: foreignTraining.id, hoursWorked: 1, reason: "x" },
          { mentorTrainingId: w.bob.id, hoursWorked: 1, reason: "x" },
        ],
      }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    // A paid claim (even with a not-assured training) cannot have a clawback requested.
    const paid = await rejects(
      w.first.claims.support.clawbacks.request({
        claimId: other.id,
        mentors: [{ mentorTrainingId: foreignTraining.id, hoursWorked: 1, reason: "x" }],
      }),
    );
    expect(paid.message).toContain("has been changed by someone else");
    expect(await statusOf(w)).toBe("sampling_not_approved");
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.claimActivity.count()).toBe(0);
  });

  it("a draft or unknown claim is NOT_FOUND; school users cannot reach any clawback procedure", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db);
    const draft = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "draft",
      trainings: [{ mentorId: w.m1.id, hours: 2 }],
    });
    expect((await rejects(w.first.claims.support.clawbacks.byId({ claimId: draft.id }))).code).toBe("NOT_FOUND");
    expect(
      (await rejects(w.first.claims.support.clawbacks.byId({ claimId: "00000000-0000-4000-8000-000000000000" }))).code,
    ).toBe("NOT_FOUND");
    const school = await w.caller(w.userA.id);
    expect((await rejects(school.claims.support.clawbacks.list({ page: 1 }))).code).toBe("NOT_FOUND");
    expect((await rejects(school.claims.support.clawbacks.byId({ claimId: w.claim.id }))).code).toBe("NOT_FOUND");
    expect((await rejects(request(w, school))).code).toBe("NOT_FOUND");
    expect((await rejects(approveAll(w, school))).code).toBe("NOT_FOUND");
    expect((await rejects(school.claims.support.clawbacks.send())).code).toBe("NOT_FOUND");
    expect(await statusOf(w)).toBe("sampling_not_approved");
  });

  it("no hours to claw back: the claim is paid after all and its audit flags are cleared", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db);
    const result = await w.first.claims.support.clawbacks.request({
      claimId: w.claim.id,
      mentors: [
        { mentorTrainingId: w.alice.id, hoursWorked: 6, reason: "Evidence found" },
        { mentorTrainingId: w.bob.id, hoursWorked: 4, reason: "Evidence found" },
      ],
    });
    expect(result).toEqual({ outcome: "not_required" });
    expect(await statusOf(w)).toBe("paid");
    const trainings = await db.mentorTraining.findMany({ where: { claimId: w.claim.id } });
    for (const t of trainings) {
      expect([t.notAssured, t.reasonNotAssured, t.rejected, t.reasonRejected, t.hoursClawedBack]).toEqual([
        false,
        null,
        false,
        null,
        null,
      ]);
    }
    expect(await db.claimActivity.count({ where: { action: "clawback_not_required" } })).toBe(1);
    expect(await db.emailOutbox.count()).toBe(0);
    // Requesting again: the claim has moved on.
    expect((await rejects(request(w))).code).toBe("BAD_REQUEST");
  });
});

describe("four-eyes approval", () => {
  it("the requester cannot approve: refused by the service, and by the database", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db);
    await request(w);
    const refused = await rejects(approveAll(w, w.first));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toBe(SAME_USER_MESSAGE);
    expect(await statusOf(w)).toBe("clawback_requires_approval");

    await expect(
      db.claim.update({ where: { id: w.claim.id }, data: { clawbackApprovedById: w.support.id } }),
    ).rejects.toThrow(/claims_clawback_four_eyes/);
    await db.claim.update({ where: { id: w.claim.id }, data: { clawbackApprovedById: w.support2.id } });
  });

  it("a second support user approving every mentor → clawback_requested with the approver", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db);
    await request(w);
    expect(await approveAll(w)).toMatchObject({ status: "clawback_requested" });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: w.claim.id } });
    expect([claim.status, claim.clawbackRequestedById, claim.clawbackApprovedById]).toEqual([
      "clawback_requested",
      w.support.id,
      w.support2.id,
    ]);
    expect(await db.claimActivity.count({ where: { action: "clawback_approved" } })).toBe(1);
    // Approving again: nothing waits for approval.
    expect((await rejects(approveAll(w))).message).toContain("has been changed by someone else");
  });

  it("a No for any mentor → clawback_rejected with the reason; the requester edits one mentor and it waits for approval again", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db);
    await request(w);
    const answer = await w.second.claims.support.clawbacks.approve({
      claimId: w.claim.id,
      decisions: [
        { mentorTrainingId: w.alice.id, approved: false, reason: "She attended three sessions" },
        { mentorTrainingId: w.bob.id, approved: true },
      ],
    });
    expect(answer).toEqual({
      status: "clawback_rejected",
      requestedBy: { id: w.support.id, name: expect.any(String) },
    });
    const rejected = await db.claim.findUniqueOrThrow({
      where: { id: w.claim.id },
      include: { mentorTrainings: true },
    });
    expect(rejected.clawbackApprovedById).toBeNull();
    expect(rejected.mentorTrainings.find((t) => t.id === w.alice.id)?.reasonClawbackRejected).toBe(
      "She attended three sessions",
    );
    expect(await db.claimActivity.count({ where: { action: "clawback_rejected" } })).toBe(1);

    // Every mentor must be answered, and only mentors of this claim.
    expect(
      (
        await rejects(
          w.second.claims.support.clawbacks.approve({
            claimId: w.claim.id,
            decisions: [{ mentorTrainingId: w.alice.id, approved: true }],
          }),
        )
      ).code,
    ).toBe("BAD_REQUEST");

    await db.emailOutbox.deleteMany();
    await w.first.claims.support.clawbacks.editMentor({
      claimId: w.claim.id,
      mentorTrainingId: w.alice.id,
      hoursWorked: 3,
      reason: "Three sessions attended",
    });
    const edited = await db.claim.findUniqueOrThrow({ where: { id: w.claim.id }, include: { mentorTrainings: true } });
    expect(edited.status).toBe("clawback_requires_approval");
    expect(edited.mentorTrainings.map((t) => t.reasonClawbackRejected)).toEqual([null, null]);
    expect(edited.mentorTrainings.find((t) => t.id === w.alice.id)?.hoursClawedBack).toBe(3);
    expect(edited.mentorTrainings.find((t) => t.id === w.bob.id)?.hoursClawedBack).toBe(0);
    expect(await db.emailOutbox.count({ where: { templateKey: "claims.clawback_requested" } })).toBe(2);
    expect(await db.claimActivity.count({ where: { action: "clawback_requested" } })).toBe(2);

    // Editing past the hours claimed, or to nothing at all to claw back, is refused.
    expect(
      (
        await rejects(
          w.first.claims.support.clawbacks.editMentor({
            claimId: w.claim.id,
            mentorTrainingId: w.alice.id,
            hoursWorked: 7,
            reason: "x",
          }),
        )
      ).message,
    ).toBe("Enter a whole number of hours between 0 and 6");
    expect(
      (
        await rejects(
          w.first.claims.support.clawbacks.editMentor({
            claimId: w.claim.id,
            mentorTrainingId: w.alice.id,
            hoursWorked: 6,
            reason: "x",
          }),
        )
      ).message,
    ).toBe("The clawback must take back at least one hour");

    // The second user edits: they become the requester, so now only the first may approve.
    await w.second.claims.support.clawbacks.editMentor({
      claimId: w.claim.id,
      mentorTrainingId: w.bob.id,
      hoursWorked: 3,
      reason: "One session missed",
    });
    expect((await rejects(approveAll(w, w.second))).message).toBe(SAME_USER_MESSAGE);
    await approveAll(w, w.first);
    const approved = await db.claim.findUniqueOrThrow({ where: { id: w.claim.id } });
    expect([approved.status, approved.clawbackRequestedById, approved.clawbackApprovedById]).toEqual([
      "clawback_requested",
      w.support2.id,
      w.support.id,
    ]);
    // Once approved, a mentor's clawback cannot be edited.
    expect(
      (
        await rejects(
          w.first.claims.support.clawbacks.editMentor({
            claimId: w.claim.id,
            mentorTrainingId: w.bob.id,
            hoursWorked: 2,
            reason: "x",
          }),
        )
      ).message,
    ).toContain("has been changed by someone else");
  });
});

describe("send claims to payer", () => {
  it("moves every ready claim to clawback_in_progress with the clawback CSV, activity, one-time links and e-mails", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db);
    await request(w);
    expect((await w.first.claims.support.clawbacks.list({ page: 1 })).readyToSend).toBe(0);
    await approveAll(w);
    // A claim still waiting for approval is not sent.
    const waiting = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "clawback_requires_approval",
      trainings: [{ mentorId: w.m1.id, hours: 1 }],
    });
    await db.school.update({ where: { id: w.school.id }, data: { name: "=cmd|' /C calc'!A0" } });
    const list = await w.first.claims.support.clawbacks.list({ page: 1 });
    expect(list.readyToSend).toBe(1);
    expect(list.claims.map((c) => c.status)).toEqual(["clawback_requested", "clawback_requires_approval"]);
    await db.emailOutbox.deleteMany();

    const sent = await w.first.claims.support.clawbacks.send();
    expect(sent.claimCount).toBe(1);
    expect(await statusOf(w)).toBe("clawback_in_progress");
    expect((await db.claim.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("clawback_requires_approval");

    const clawback = await db.clawback.findUniqueOrThrow({
      where: { id: sent.clawbackId },
      include: { clawbackClaims: true },
    });
    expect(clawback.clawbackClaims.map((c) => c.claimId)).toEqual([w.claim.id]);
    const lines = clawback.csvContent!.trim().split("\n");
    expect(lines[0]).toBe(
      "claim_reference,school_urn,school_name,school_local_authority,provider_name,claim_amount,clawback_amount,school_type_of_establishment,school_group,claim_submission_date,claim_status",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${w.claim.reference},${w.school.urn},'=cmd|' /C calc'!A0,`);
    expect(lines[1]).toContain(",536,214.4,");
    expect(lines[1].endsWith(",clawback_in_progress")).toBe(true);

    const emails = await db.emailOutbox.findMany({ orderBy: { to: "asc" } });
    expect(emails.map((e) => e.to)).toEqual(["payer@example.com", "second.payer@example.com"]);
    expect(emails[0].templateKey).toBe("claims.clawback_requested_payer");
    expect(emails[0].subject).toBe("Claims requiring clawback - Claim funding for mentor training");
    const token = /\/claims\/clawback\/claims\?token=([A-Za-z0-9_-]{43})/.exec(emails[0].body)?.[1];
    expect(token).toBeDefined();
    expect(await db.claimActivity.count({ where: { action: "clawback_request_delivered" } })).toBe(1);

    // The link downloads the file once.
    const file = await db.$transaction(async (tx) => {
      const link = await consumeDownloadLink(tx, "Clawback", token);
      return link ? clawbackFileForLink(tx, link.recordId, new Date()) : null;
    });
    expect(file?.content).toBe(clawback.csvContent);
    expect(file?.filename).toMatch(/^clawback-claims-.*\.csv$/);
    expect((await db.clawback.findUniqueOrThrow({ where: { id: sent.clawbackId } })).downloadedAt).not.toBeNull();
    const anonymous = await w.caller(w.userA.id);
    expect(await anonymous.claims.clawbackLink.download({ token })).toBeNull();

    // Nothing left to send.
    const again = await rejects(w.first.claims.support.clawbacks.send());
    expect(again.code).toBe("BAD_REQUEST");
    expect(again.message).toContain("There are no claims ready for clawback");
    expect(await db.clawback.count()).toBe(1);
  });
});

describe("resend payer e-mail", () => {
  it("issues new links for the clawback batch (the earlier unused ones stop working) and logs the resend", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db, "clawback_requested");
    const { clawbackId } = await w.first.claims.support.clawbacks.send();
    const delivered = await db.claimActivity.findFirstOrThrow({ where: { action: "clawback_request_delivered" } });
    const firstToken = /token=([A-Za-z0-9_-]{43})/.exec(
      (await db.emailOutbox.findFirstOrThrow({ where: { to: "payer@example.com" } })).body,
    )![1];
    await db.emailOutbox.deleteMany();

    expect(await w.second.claims.support.clawbacks.resend({ activityId: delivered.id })).toEqual({
      recordId: clawbackId,
    });
    const emails = await db.emailOutbox.findMany({ orderBy: { to: "asc" } });
    expect(emails.map((e) => [e.to, e.templateKey])).toEqual([
      ["payer@example.com", "claims.clawback_requested_payer"],
      ["second.payer@example.com", "claims.clawback_requested_payer"],
    ]);
    const anonymous = await w.caller(w.userA.id);
    expect(await anonymous.claims.clawbackLink.check({ token: firstToken })).toEqual({ valid: false });
    const newToken = /token=([A-Za-z0-9_-]{43})/.exec(emails[0].body)![1];
    expect(await anonymous.claims.clawbackLink.check({ token: newToken })).toEqual({ valid: true });
    expect(await db.claimActivity.count({ where: { action: "clawback_request_resent", recordId: clawbackId } })).toBe(
      1,
    );
    // Only a clawback batch's activity can be resent as one.
    const requested = await db.claimActivity.create({
      data: { action: "clawback_requested", userId: w.support.id, recordType: "Claim", recordId: w.claim.id },
    });
    expect((await rejects(w.first.claims.support.clawbacks.resend({ activityId: requested.id }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("payer clawback response", () => {
  function responseFile(text: string) {
    const parsed = parseCsvUpload(decodeCsvBytes(Buffer.from(text, "utf8")), CLAWBACK_RESPONSE_CSV);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    return parsed.rows;
  }

  it("checks every row, then marks clawback_complete rows complete in one transaction with the activity", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db, "clawback_in_progress");
    const other = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "clawback_requested",
      trainings: [{ mentorId: w.m1.id, hours: 1 }],
    });
    const stillOpen = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "clawback_in_progress",
      trainings: [{ mentorId: w.m2.id, hours: 1 }],
    });

    // Row format errors are the parser's; the feature's own checks: unknown, not sent for clawback, twice.
    const bad = parseCsvUpload(
      decodeCsvBytes(Buffer.from(`claim_reference,claim_status\n${w.claim.reference},done\n`, "utf8")),
      CLAWBACK_RESPONSE_CSV,
    );
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).toContain("Enter a claim status of clawback_in_progress or clawback_complete");
    const checked = await w.first.claims.support.clawbacks.checkResponse({
      rows: responseFile(
        `claim_reference,claim_status\n99999999,clawback_complete\n${other.reference},clawback_complete\n${w.claim.reference},clawback_complete\n${w.claim.reference},clawback_complete\n`,
      ),
    });
    expect(checked).toEqual({
      ok: false,
      fileError: null,
      rowErrors: [
        { row: 2, message: "There is no claim with the reference 99999999" },
        { row: 3, message: `Claim ${other.reference} has not been sent to the payer for clawback` },
        { row: 5, message: `Claim ${w.claim.reference} is also in row 4: each claim can only appear once` },
      ],
    });
    const nothing = await w.first.claims.support.clawbacks.checkResponse({
      rows: responseFile(`claim_reference,claim_status\n${w.claim.reference},clawback_in_progress\n`),
    });
    expect(nothing).toMatchObject({ ok: false, fileError: expect.stringContaining("no claims with the status") });

    const good = await w.first.claims.support.clawbacks.checkResponse({
      rows: responseFile(
        `claim_reference,claim_status\n${w.claim.reference},clawback_complete\n${stillOpen.reference},clawback_in_progress\n`,
      ),
    });
    if (!good.ok) throw new Error("expected the file to pass");
    expect(good.lines.map((l) => l.reference)).toEqual([w.claim.reference]);
    expect(
      await w.first.claims.support.clawbacks.applyResponse({ fileName: "response.csv", lines: good.lines }),
    ).toEqual({ claimCount: 1 });
    expect(await statusOf(w)).toBe("clawback_complete");
    expect((await db.claim.findUniqueOrThrow({ where: { id: stillOpen.id } })).status).toBe("clawback_in_progress");
    const activity = await db.claimActivity.findFirstOrThrow({ where: { action: "clawback_response_uploaded" } });
    expect(activity.recordType).toBe("Clawback");
    const stored = await db.clawback.findUniqueOrThrow({ where: { id: activity.recordId } });
    expect(stored.csvContent).toBe(`claim_reference,claim_status\n${w.claim.reference},clawback_complete\n`);

    // The same lines again: the claim has moved on, nothing changes.
    const again = await rejects(
      w.first.claims.support.clawbacks.applyResponse({ fileName: "response.csv", lines: good.lines }),
    );
    expect(again.message).toContain("has changed since the file was checked");
    expect(await db.claimActivity.count({ where: { action: "clawback_response_uploaded" } })).toBe(1);
    const school = await w.caller(w.userA.id);
    expect(
      (await rejects(school.claims.support.clawbacks.applyResponse({ fileName: "x.csv", lines: good.lines }))).code,
    ).toBe("NOT_FOUND");
  });
});
