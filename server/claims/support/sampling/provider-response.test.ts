import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createClaimRow, createMentor, createProvider, createUser } from "#tests/factories/index.ts";
import type { Db } from "../../../db.ts";
import { csvDigest, decodeCsvBytes, parseCsvUpload } from "../../../shared/csv/csv-upload.ts";
import { claimActivityCsv } from "../../../shared/claim-activity/claim-activity.service.ts";
import { claimsWorld, rejects } from "../../claim/claim-test-setup.ts";
import { applyProviderResponse, checkProviderResponse, sameName } from "./provider-response.service.ts";
import { PROVIDER_RESPONSE_CSV } from "./sampling.schema.ts";

const getDb = useTestDatabase();

/** Two claims being audited (two mentors each: Alice Able and Cara O’Neil), one paid claim. */
async function auditWorld(db: Db) {
  const w = await claimsWorld(db);
  const m3 = await createMentor(db, { schoolId: w.school.id, firstName: "Cara", lastName: "O’Neil" });
  const claim = (reference: string, status: "sampling_in_progress" | "paid") =>
    createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status,
      reference,
      trainings: [
        { mentorId: w.m1.id, hours: 4 },
        { mentorId: m3.id, hours: 2 },
      ],
    });
  const a = await claim("11111111", "sampling_in_progress");
  const b = await claim("22222222", "sampling_in_progress");
  const paid = await claim("33333333", "paid");
  return { ...w, m3, a, b, paid, supportActor: await w.actor(w.support.id) };
}

const HEADER = "claim_reference,mentor_full_name,claim_accepted,rejection_reason\n";

/** The file as support uploads it: parsed with the shared CSV rules, then checked. */
async function check(db: Db, body: string) {
  const bytes = new TextEncoder().encode(HEADER + body);
  const parsed = parseCsvUpload(decodeCsvBytes(bytes), PROVIDER_RESPONSE_CSV);
  if (!parsed.ok) return { digest: csvDigest(bytes), result: parsed };
  return {
    digest: csvDigest(bytes),
    result: await checkProviderResponse(db, { digest: csvDigest(bytes), rows: parsed.rows }),
  };
}

async function rowErrors(db: Db, body: string) {
  const { result } = await check(db, body);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.rowErrors.map((e) => `${e.row}: ${e.message}`);
}

describe("provider response: every check is a row error", () => {
  it("claim_accepted is yes/no/true/false in any case, trimmed; anything else is an error", async () => {
    const db = await getDb();
    await auditWorld(db);
    const { result } = await check(
      db,
      "11111111,Alice Able, YES ,\n11111111,Cara O'Neil,true,\n22222222,alice able,No,Not attended\n22222222,CARA O’NEIL,FALSE,No evidence\n",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lines.map((l) => [l.row, l.reference, l.mentorName, l.accepted, l.reason])).toEqual([
      [2, "11111111", "Alice Able", true, null],
      [3, "11111111", "Cara O’Neil", true, null],
      [4, "22222222", "Alice Able", false, "Not attended"],
      [5, "22222222", "Cara O’Neil", false, "No evidence"],
    ]);
    expect(await rowErrors(db, "11111111,Alice Able,maybe,\n11111111,Cara O'Neil,yes,\n")).toEqual([
      "2: Enter yes or no for claim_accepted",
    ]);
  });

  it("a reason is required when the mentor is not accepted", async () => {
    const db = await getDb();
    await auditWorld(db);
    expect(await rowErrors(db, "11111111,Alice Able,no,\n11111111,Cara O'Neil,yes,\n")).toEqual([
      "2: Enter a rejection reason for a mentor whose claim is not accepted",
    ]);
  });

  it("the claim must exist and be in sampling", async () => {
    const db = await getDb();
    await auditWorld(db);
    expect(await rowErrors(db, "99999999,Alice Able,yes,\n33333333,Alice Able,yes,\n")).toEqual([
      "2: There is no claim with the reference 99999999",
      "3: Claim 33333333 is not being audited",
    ]);
  });

  it("the mentor must be one of the claim's, once", async () => {
    const db = await getDb();
    await auditWorld(db);
    expect(
      await rowErrors(
        db,
        "11111111,Alice Able,yes,\n11111111,Bob Baker,yes,\n11111111,Cara O'Neil,yes,\n11111111,Alice  Able,yes,\n",
      ),
    ).toEqual(["3: Bob Baker is not a mentor on claim 11111111", "5: Alice  Able on claim 11111111 is also in row 2"]);
  });

  it("every mentor of the claim must have a row", async () => {
    const db = await getDb();
    await auditWorld(db);
    expect(await rowErrors(db, "11111111,Alice Able,yes,\n22222222,Cara O'Neil,yes,\n")).toEqual([
      "2: Claim 11111111 has no row for its mentor Cara O’Neil",
      "3: Claim 22222222 has no row for its mentor Alice Able",
    ]);
  });

  it("names match whatever the spaces, case and apostrophes", () => {
    expect(sameName("  cara   o'neil ")).toBe(sameName("Cara O’Neil"));
    expect(sameName("Cara ONeil")).not.toBe(sameName("Cara O’Neil"));
  });
});

describe("provider response: applying", () => {
  it("all accepted → paid; any not accepted → provider not approved with those trainings flagged, the school e-mailed; one activity with the CSV", async () => {
    const db = await getDb();
    const w = await auditWorld(db);
    const { digest, result } = await check(
      db,
      "11111111,Alice Able,yes,\n11111111,Cara O'Neil,yes,\n22222222,Alice Able,no,Not attended\n22222222,Cara O'Neil,yes,\n",
    );
    if (!result.ok) throw new Error("expected a valid file");
    const outcome = await applyProviderResponse(db, w.supportActor, {
      digest,
      fileName: "response.csv",
      lines: result.lines,
    });
    expect(outcome).toMatchObject({ claimCount: 2, approved: 1, notApproved: 1 });
    const a = await db.claim.findUniqueOrThrow({ where: { id: w.a.id }, include: { mentorTrainings: true } });
    const b = await db.claim.findUniqueOrThrow({ where: { id: w.b.id }, include: { mentorTrainings: true } });
    expect(a.status).toBe("paid");
    expect(a.mentorTrainings.every((t) => !t.notAssured)).toBe(true);
    expect(b.status).toBe("sampling_provider_not_approved");
    expect(b.mentorTrainings.map((t) => [t.mentorId, t.notAssured, t.reasonNotAssured]).sort()).toEqual(
      [
        [w.m1.id, true, "Not attended"],
        [w.m3.id, false, null],
      ].sort(),
    );
    const emails = await db.emailOutbox.findMany({ select: { to: true, subject: true } });
    expect(emails.map((e) => e.to).sort()).toEqual([w.userA.email, w.userA2.email].sort());
    const activity = await db.claimActivity.findFirstOrThrow({
      where: { action: "sampling_response_uploaded" },
      include: { claims: true },
    });
    expect(activity.claims.map((c) => c.claimId).sort()).toEqual([w.a.id, w.b.id].sort());
    const file = await claimActivityCsv(db, activity.id);
    expect(file?.content).toContain("22222222,Alice Able,no,Not attended");
  });

  it("the same file again changes nothing and says so", async () => {
    const db = await getDb();
    const w = await auditWorld(db);
    const body = "11111111,Alice Able,yes,\n11111111,Cara O'Neil,yes,\n";
    const first = await check(db, body);
    if (!first.result.ok) throw new Error("expected a valid file");
    await applyProviderResponse(db, w.supportActor, {
      digest: first.digest,
      fileName: "r.csv",
      lines: first.result.lines,
    });
    const again = await check(db, body);
    expect(again.result).toEqual({
      ok: false,
      fileError: "This provider response has already been uploaded. Nothing has been changed.",
      rowErrors: [],
    });
    // Applying the checked lines a second time (a double submit) is refused by the unique digest.
    await expect(
      applyProviderResponse(db, w.supportActor, { digest: first.digest, fileName: "r.csv", lines: first.result.lines }),
    ).rejects.toThrow("already been uploaded");
    expect(await db.claimActivity.count({ where: { action: "sampling_response_uploaded" } })).toBe(1);
  });

  it("a claim that moved since the check rolls the whole file back", async () => {
    const db = await getDb();
    const w = await auditWorld(db);
    const { digest, result } = await check(
      db,
      "11111111,Alice Able,yes,\n11111111,Cara O'Neil,yes,\n22222222,Alice Able,yes,\n22222222,Cara O'Neil,yes,\n",
    );
    if (!result.ok) throw new Error("expected a valid file");
    await db.claim.update({ where: { id: w.b.id }, data: { status: "paid" } });
    await expect(
      applyProviderResponse(db, w.supportActor, { digest, fileName: "r.csv", lines: result.lines }),
    ).rejects.toThrow("Claim 22222222 has changed since the file was checked");
    expect((await db.claim.findUniqueOrThrow({ where: { id: w.a.id } })).status).toBe("sampling_in_progress");
    expect(await db.providerSamplingResponse.count()).toBe(0);
  });
});

describe("claims.support.sampling procedures: support only", () => {
  it("school and provider users get NOT_FOUND on every procedure", async () => {
    const db = await getDb();
    const w = await auditWorld(db);
    const provider = await createProvider(db);
    const providerUser = await createUser(db, { providerIds: [provider.id], type: "Claims::ProviderUser" });
    const digest = "a".repeat(64);
    for (const userId of [w.userA.id, providerUser.id]) {
      const api = (await w.caller(userId)).claims.support.sampling;
      const calls = [
        api.list({ page: 1 }),
        api.checkUpload({ rows: [{ row: 2, data: { claim_reference: "33333333", sample_reason: "x" } }] }),
        api.upload({ rows: [{ row: 2, data: { claim_reference: "33333333", sample_reason: "x" } }] }),
        api.checkProviderResponse({ digest, rows: [] }),
        api.applyProviderResponse({
          digest,
          fileName: "r.csv",
          lines: [
            {
              row: 2,
              claimId: w.a.id,
              reference: "11111111",
              mentorTrainingId: w.a.id,
              mentorName: "Alice Able",
              accepted: true,
              reason: null,
            },
          ],
        }),
        api.auditClaim({ claimId: w.a.id }),
        api.approve({ claimId: w.a.id }),
        api.confirmProviderRejected({ claimId: w.a.id, mentors: [{ mentorTrainingId: w.a.id, reason: "x" }] }),
        api.reject({ claimId: w.a.id, responses: [{ mentorTrainingId: w.a.id, reason: "x" }] }),
      ];
      for (const call of calls) {
        const error = await rejects(call);
        expect(error).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code).toBe("NOT_FOUND");
      }
    }
    expect((await db.claim.findUniqueOrThrow({ where: { id: w.paid.id } })).status).toBe("paid");
    expect((await db.claim.findUniqueOrThrow({ where: { id: w.a.id } })).status).toBe("sampling_in_progress");
  });

  it("support lists the claims being audited", async () => {
    const db = await getDb();
    const w = await auditWorld(db);
    const list = await (await w.caller(w.support.id)).claims.support.sampling.list({ page: 1 });
    expect(list.claims.map((c) => c.reference).sort()).toEqual(["11111111", "22222222"]);
    expect(list.total).toBe(2);
  });
});
