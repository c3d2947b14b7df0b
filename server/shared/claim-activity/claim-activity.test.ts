import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { claimsWorld } from "#server/claims/claim/claim-test-setup.ts";
import { createClaimRow } from "#tests/factories/index.ts";
import {
  claimActivityCsv,
  claimActivityTitle,
  getClaimActivity,
  listClaimActivities,
  recordClaimActivity,
} from "./claim-activity.service.ts";

const getDb = useTestDatabase();

describe("claim activity log", () => {
  it("records who did what to which claims, lists it per claim and serves the step's CSV", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const c1 = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      trainings: [{ mentorId: w.m1.id, hours: 5 }],
    });
    const c2 = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      trainings: [{ mentorId: w.m2.id, hours: 5 }],
    });
    const payment = await db.payment.create({
      data: { sentById: w.support.id, csvFilename: "payments-claims.csv", csvContent: "claim_reference\n1\n" },
    });
    const batch = await recordClaimActivity(db, {
      action: "payment_request_delivered",
      userId: w.support.id,
      recordType: "Payment",
      recordId: payment.id,
      claimIds: [c1.id, c2.id],
    });
    const single = await recordClaimActivity(db, {
      action: "paid_by_payer",
      userId: w.support.id,
      recordType: "Claim",
      recordId: c1.id,
      claimIds: [c1.id],
    });

    const all = await listClaimActivities(db, { page: 1 });
    expect(all.total).toBe(2);
    expect(all.activities.map((a) => a.title).sort()).toEqual(
      ["2 claims sent to payer for payment", `Payer paid claim ${c1.reference}`].sort(),
    );
    const forC2 = await listClaimActivities(db, { page: 1, claimId: c2.id });
    expect(forC2.activities.map((a) => a.id)).toEqual([batch.id]);
    expect(forC2.activities[0]).toMatchObject({ hasCsv: true, claimCount: 2 });

    const detail = await getClaimActivity(db, batch.id);
    expect(detail.claims.map((c) => c.id).sort()).toEqual([c1.id, c2.id].sort());
    expect(await claimActivityCsv(db, batch.id)).toEqual({
      filename: "payments-claims.csv",
      content: "claim_reference\n1\n",
    });
    expect(await claimActivityCsv(db, single.id)).toBeNull();
    await expect(getClaimActivity(db, "7f1d2c3b-0000-4000-8000-000000000000")).rejects.toThrow("not found");
  });

  it("words counts in the singular and plural", () => {
    expect(claimActivityTitle("payment_request_delivered", 1, null)).toBe("1 claim sent to payer for payment");
    expect(claimActivityTitle("sampling_uploaded", 3, null)).toBe("Audit data uploaded for 3 claims");
  });
});
