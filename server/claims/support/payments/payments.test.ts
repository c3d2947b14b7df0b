import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { claimsWorld, rejects } from "#server/claims/claim/claim-test-setup.ts";
import { createClaimRow } from "#tests/factories/index.ts";
import { resetEnvCache } from "#server/env.ts";
import { csvDigest, decodeCsvBytes, parseCsvUpload } from "#server/shared/csv/csv-upload.ts";
import { consumeDownloadLink } from "#server/shared/download-link/download-link.service.ts";
import { PAYER_RESPONSE_CSV } from "./payments.schema.ts";

const getDb = useTestDatabase();

beforeEach(() => {
  process.env.PAYER_EMAIL_ADDRESSES = "payer@example.com, Second.Payer@example.com";
  resetEnvCache();
});

async function world() {
  const db = await getDb();
  const w = await claimsWorld(db);
  const claim = (status: "submitted" | "draft" | "payment_in_progress" = "submitted", amountPence = 10_000) =>
    createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status,
      amountPence,
      trainings: [{ mentorId: w.m1.id, hours: 2 }],
    });
  return { db, w, claim, support: await w.caller(w.support.id) };
}

function payerFile(text: string) {
  const bytes = Buffer.from(text, "utf8");
  const parsed = parseCsvUpload(decodeCsvBytes(bytes), PAYER_RESPONSE_CSV);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return { digest: csvDigest(bytes), rows: parsed.rows };
}

describe("send claims to payer", () => {
  it("moves the window's submitted claims to payment_in_progress with a payment, CSV, activity, links and e-mails", async () => {
    const { db, w, claim, support } = await world();
    const c1 = await claim("submitted", 12_345);
    const c2 = await claim("submitted");
    const draft = await claim("draft");
    await db.school.update({ where: { id: w.school.id }, data: { name: '=HYPERLINK("x")' } });

    expect((await support.claims.support.payments.claimWindows()).map((x) => x.submittedCount)).toEqual([2]);
    const result = await support.claims.support.payments.send({ claimWindowId: w.window.id });
    expect(result.claimCount).toBe(2);

    const statuses = await db.claim.findMany({
      where: { id: { in: [c1.id, c2.id, draft.id] } },
      select: { id: true, status: true, paymentInProgressAt: true },
    });
    expect(statuses.find((c) => c.id === draft.id)?.status).toBe("draft");
    expect(statuses.filter((c) => c.status === "payment_in_progress" && c.paymentInProgressAt)).toHaveLength(2);

    const payment = await db.payment.findUniqueOrThrow({
      where: { id: result.paymentId },
      include: { paymentClaims: true },
    });
    expect(payment.paymentClaims).toHaveLength(2);
    const lines = payment.csvContent!.trim().split("\n");
    expect(lines[0]).toBe(
      "claim_reference,school_urn,school_name,school_local_authority,provider_name,claim_amount,school_type_of_establishment,school_group,claim_submission_date,claim_status,claim_unpaid_reason",
    );
    expect(lines).toHaveLength(3);
    expect(payment.csvContent).toContain(`${c1.reference},${w.school.urn},"'=HYPERLINK(""x"")"`);
    expect(payment.csvContent).toContain(",123.45,");

    const emails = await db.emailOutbox.findMany({ orderBy: { to: "asc" } });
    expect(emails.map((e) => e.to)).toEqual(["payer@example.com", "second.payer@example.com"]);
    expect(emails[0].templateKey).toBe("claims.payment_requested");
    const token = /token=([A-Za-z0-9_-]{43})/.exec(emails[0].body)?.[1];
    expect(token).toBeDefined();
    expect(await db.downloadAccessToken.count({ where: { activityRecordId: payment.id } })).toBe(2);
    expect(await db.claimActivity.count({ where: { action: "payment_request_delivered", recordId: payment.id } })).toBe(
      1,
    );

    const file = await db.$transaction(async (tx) => {
      const link = await consumeDownloadLink(tx, "Payment", token);
      return link;
    });
    expect(file?.recordId).toBe(payment.id);
  });

  it("two support users sending the same window at once make one payment batch", async () => {
    const { db, w, claim } = await world();
    await claim();
    await claim();
    const other = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      trainings: [{ mentorId: w.m2.id, hours: 1 }],
    });
    const second = await w.caller(
      (
        await db.user.create({
          data: {
            service: "claims",
            kind: "support",
            type: "Claims::SupportUser",
            email: "s2@education.gov.uk",
            firstName: "S",
            lastName: "Two",
          },
        })
      ).id,
    );
    const first = await w.caller(w.support.id);
    const results = await Promise.allSettled([
      first.claims.support.payments.send({ claimWindowId: w.window.id }),
      second.claims.support.payments.send({ claimWindowId: w.window.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(failed.reason.message)).toContain("There are no submitted claims in this claim window");
    expect(await db.payment.count()).toBe(1);
    expect(await db.paymentClaim.count()).toBe(3);
    expect(await db.emailOutbox.count()).toBe(2);
    expect((await db.claim.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("payment_in_progress");
  });

  it("refuses without payer addresses or submitted claims, and denies school users", async () => {
    const { w, claim, support } = await world();
    process.env.PAYER_EMAIL_ADDRESSES = "";
    resetEnvCache();
    await claim();
    expect((await rejects(support.claims.support.payments.send({ claimWindowId: w.window.id }))).code).toBe(
      "BAD_REQUEST",
    );
    process.env.PAYER_EMAIL_ADDRESSES = "payer@example.com";
    resetEnvCache();
    const school = await w.caller(w.userA.id);
    expect((await rejects(school.claims.support.payments.send({ claimWindowId: w.window.id }))).code).toBe("NOT_FOUND");
    expect((await rejects(school.claims.support.payments.list({ page: 1 }))).code).toBe("NOT_FOUND");
    expect((await rejects(school.claims.support.claims.list({ page: 1 } as never))).code).toBe("NOT_FOUND");
    expect((await rejects(school.claims.support.activity.list({ page: 1 }))).code).toBe("NOT_FOUND");
    await support.claims.support.payments.send({ claimWindowId: w.window.id });
    expect((await rejects(support.claims.support.payments.send({ claimWindowId: w.window.id }))).code).toBe(
      "BAD_REQUEST",
    );
  });
});

describe("payer response", () => {
  it("reports unknown references, claims not in payment, bad statuses, missing reasons and duplicates by row", async () => {
    const { claim, support } = await world();
    const inPayment = await claim("payment_in_progress");
    const submitted = await claim("submitted");
    const text = [
      "claim_reference,claim_status,claim_unpaid_reason",
      `${inPayment.reference},paid,`,
      `99999999,paid,`,
      `${submitted.reference},paid,`,
      `${inPayment.reference},unpaid,Bank details`,
      `123,Paid,`,
      `124,unpaid,`,
    ].join("\n");
    const parsed = parseCsvUpload(text, PAYER_RESPONSE_CSV);
    expect(parsed).toMatchObject({
      ok: false,
      rowErrors: [
        { row: 6, message: "Enter a claim status of paid, unpaid or submitted" },
        { row: 7, message: "Enter a reason for each unpaid claim" },
      ],
    });
    const file = payerFile(text.split("\n").slice(0, 5).join("\n"));
    const check = await support.claims.support.payments.checkResponse(file);
    expect(check).toEqual({
      ok: false,
      fileError: null,
      rowErrors: [
        { row: 3, message: "There is no claim with the reference 99999999" },
        { row: 4, message: `Claim ${submitted.reference} is not waiting for payment` },
        { row: 5, message: `Claim ${inPayment.reference} is also in row 2: each claim can only appear once` },
      ],
    });
  });

  it("applies paid and unpaid rows in one transaction; the same file again changes nothing and says so", async () => {
    const { db, claim, support } = await world();
    const a = await claim("payment_in_progress");
    const b = await claim("payment_in_progress");
    const c = await claim("payment_in_progress");
    const file = payerFile(
      `claim_reference,claim_status,claim_unpaid_reason\n${a.reference},paid,\n${b.reference},unpaid,Need bank details\n${c.reference},submitted,\n`,
    );
    const check = await support.claims.support.payments.checkResponse(file);
    if (!check.ok) throw new Error("expected a valid file");
    expect(check.ignored).toBe(1);
    await support.claims.support.payments.applyResponse({
      digest: file.digest,
      fileName: "response.csv",
      lines: check.lines,
    });
    const after = await db.claim.findMany({ where: { id: { in: [a.id, b.id, c.id] } } });
    expect(after.find((x) => x.id === a.id)?.status).toBe("paid");
    expect(after.find((x) => x.id === b.id)).toMatchObject({
      status: "payment_information_requested",
      unpaidReason: "Need bank details",
    });
    expect(after.find((x) => x.id === c.id)?.status).toBe("payment_in_progress");
    expect(await db.claimActivity.count({ where: { action: "payment_response_uploaded" } })).toBe(1);

    expect(await support.claims.support.payments.checkResponse(file)).toMatchObject({
      ok: false,
      fileError: "This payer response has already been uploaded. Nothing has been changed.",
    });
    await expect(
      support.claims.support.payments.applyResponse({
        digest: file.digest,
        fileName: "response.csv",
        lines: check.lines,
      }),
    ).rejects.toThrow("already been uploaded");
    expect(await db.paymentResponse.count()).toBe(1);
  });

  it("a claim that moved on after the check rolls the whole file back", async () => {
    const { db, claim, support } = await world();
    const a = await claim("payment_in_progress");
    const b = await claim("payment_in_progress");
    const file = payerFile(`claim_reference,claim_status\n${a.reference},paid\n${b.reference},paid\n`);
    const check = await support.claims.support.payments.checkResponse(file);
    if (!check.ok) throw new Error("expected a valid file");
    await db.claim.update({ where: { id: b.id }, data: { status: "paid" } });
    await expect(
      support.claims.support.payments.applyResponse({ digest: file.digest, fileName: "r.csv", lines: check.lines }),
    ).rejects.toThrow(`Claim ${b.reference} has changed`);
    expect((await db.claim.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("payment_in_progress");
    expect(await db.paymentResponse.count()).toBe(0);
  });
});

describe("manual payment steps", () => {
  it("information sent → paid, reject from requested or sent, and nothing from any other status", async () => {
    const { db, claim, support, w } = await world();
    const c = await claim("payment_in_progress");
    const act = (action: "information-sent" | "paid" | "reject", claimId = c.id) =>
      support.claims.support.payments.recordAction({ claimId, action });
    expect((await rejects(act("information-sent"))).code).toBe("BAD_REQUEST");
    expect((await rejects(act("paid"))).code).toBe("BAD_REQUEST");
    expect((await rejects(act("reject"))).code).toBe("BAD_REQUEST");
    await db.claim.update({ where: { id: c.id }, data: { status: "payment_information_requested" } });
    expect((await rejects(act("paid"))).code).toBe("BAD_REQUEST");
    await act("information-sent");
    expect((await rejects(act("information-sent"))).code).toBe("BAD_REQUEST");
    await act("paid");
    expect((await db.claim.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("paid");

    const d = await claim("payment_in_progress");
    await db.claim.update({ where: { id: d.id }, data: { status: "payment_information_requested" } });
    await act("reject", d.id);
    expect((await db.claim.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("payment_not_approved");
    const actions = (await db.claimActivity.findMany({ orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["information_sent_to_payer", "paid_by_payer", "rejected_by_payer"]);

    const school = await w.caller(w.userA.id);
    const denied = await rejects(school.claims.support.payments.recordAction({ claimId: d.id, action: "paid" }));
    expect(denied.code).toBe("NOT_FOUND");
  });

  it("two concurrent 'paid' clicks change the claim once", async () => {
    const { db, claim, support } = await world();
    const c = await claim("payment_in_progress");
    await db.claim.update({ where: { id: c.id }, data: { status: "payment_information_sent" } });
    const results = await Promise.allSettled([
      support.claims.support.payments.recordAction({ claimId: c.id, action: "paid" }),
      support.claims.support.payments.recordAction({ claimId: c.id, action: "paid" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.claimActivity.count({ where: { action: "paid_by_payer" } })).toBe(1);
  });
});
