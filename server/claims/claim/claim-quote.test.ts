import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { claimsWorld } from "./claim-test-setup.ts";

const getDb = useTestDatabase();

describe("claims.claim.quote (check your answers)", () => {
  it("totals the hours and prices them at the school's regional rate, in pence", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const api = await w.caller(w.userA.id);
    const region = await db.school.findUniqueOrThrow({ where: { id: w.school.id }, include: { region: true } });
    const rate = region.region!.claimsFundingAvailablePerHourPence;
    expect(await api.claims.claim.quote({ schoolId: w.school.id, hours: [5, 16] })).toEqual({
      totalHours: 21,
      ratePence: rate,
      amountPence: rate * 21,
    });
  });

  it("is refused for another school's id (404)", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const api = await w.caller(w.userA.id);
    await expect(api.claims.claim.quote({ schoolId: w.otherSchool.id, hours: [1] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
