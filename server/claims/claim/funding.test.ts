import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createClaimRow,
  createClaimWindow,
  createMentor,
  createProvider,
  createSchool,
} from "#tests/factories/index.ts";
import { allowance, claimAmountPence, initialHours, mentorAllowances, totalAllowance } from "./funding.ts";
import type { ClaimStatus } from "#prisma/generated/enums.ts";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("funding rules (pure)", () => {
  it("initial allowance is 20 hours for years starting before 2025-01-01 and 16 from 2025/26", () => {
    expect(initialHours(utc(2023, 9, 1))).toBe(20);
    expect(initialHours(utc(2024, 9, 1))).toBe(20);
    expect(initialHours(utc(2024, 12, 31))).toBe(20);
    expect(initialHours(utc(2025, 1, 1))).toBe(16);
    expect(initialHours(utc(2025, 9, 1))).toBe(16);
    expect(initialHours(utc(2026, 9, 1))).toBe(16);
  });

  it("refresher allowance is 6 hours in any year", () => {
    expect(totalAllowance("refresher", utc(2024, 9, 1))).toBe(6);
    expect(totalAllowance("refresher", utc(2025, 9, 1))).toBe(6);
    expect(totalAllowance("initial", utc(2025, 9, 1))).toBe(16);
  });

  it("remaining = total − used, never below zero", () => {
    expect(allowance("initial", utc(2025, 9, 1), 0)).toEqual({
      trainingType: "initial",
      total: 16,
      used: 0,
      remaining: 16,
    });
    expect(allowance("initial", utc(2025, 9, 1), 15).remaining).toBe(1);
    expect(allowance("initial", utc(2025, 9, 1), 16).remaining).toBe(0);
    expect(allowance("initial", utc(2024, 9, 1), 16).remaining).toBe(4);
    expect(allowance("refresher", utc(2025, 9, 1), 7).remaining).toBe(0);
  });

  it("amount is rate × total hours in integer pence", () => {
    expect(claimAmountPence(5360, [20])).toBe(107200);
    expect(claimAmountPence(4380, [12, 6])).toBe(78840);
    expect(claimAmountPence(4825, [])).toBe(0);
    expect(() => claimAmountPence(4380, [1.5])).toThrow(RangeError);
    expect(() => claimAmountPence(4380, [-1])).toThrow(RangeError);
    expect(() => claimAmountPence(43.8, [1])).toThrow(RangeError);
  });
});

describe("mentorAllowances (database)", () => {
  const getDb = useTestDatabase();

  async function setup() {
    const db = await getDb();
    const school = await createSchool(db);
    const otherSchool = await createSchool(db);
    const provider = await createProvider(db);
    const otherProvider = await createProvider(db);
    const mentor = await createMentor(db, { schoolId: school.id });
    const ay2324 = await createAcademicYear(db, 2023);
    const ay2425 = await createAcademicYear(db, 2024);
    const ay2526 = await createAcademicYear(db, 2025);
    const w2324 = await createClaimWindow(db, {
      academicYearId: ay2324.id,
      startsOn: utc(2024, 5, 1),
      endsOn: utc(2024, 7, 19),
    });
    const w2425 = await createClaimWindow(db, {
      academicYearId: ay2425.id,
      startsOn: utc(2025, 5, 1),
      endsOn: utc(2025, 7, 19),
    });
    const w2526 = await createClaimWindow(db, {
      academicYearId: ay2526.id,
      startsOn: utc(2026, 5, 1),
      endsOn: utc(2026, 7, 19),
    });
    const claim = (
      window: { id: string },
      hours: number,
      status: ClaimStatus = "submitted",
      opts: { providerId?: string; schoolId?: string } = {},
    ) =>
      createClaimRow(db, {
        schoolId: opts.schoolId ?? school.id,
        providerId: opts.providerId ?? provider.id,
        claimWindowId: window.id,
        status,
        trainings: [{ mentorId: mentor.id, hours }],
      });
    const allowanceIn = async (
      ay: { id: string; startsOn: Date },
      opts: { providerId?: string; excludeClaimId?: string } = {},
    ) =>
      (
        await mentorAllowances(db, {
          mentorIds: [mentor.id],
          providerId: opts.providerId ?? provider.id,
          academicYear: ay,
          excludeClaimId: opts.excludeClaimId,
        })
      ).get(mentor.id)!;
    return {
      db,
      school,
      otherSchool,
      provider,
      otherProvider,
      mentor,
      ay2324,
      ay2425,
      ay2526,
      w2324,
      w2425,
      w2526,
      claim,
      allowanceIn,
    };
  }

  it("gives 20 initial hours in 2024/25 and 16 in 2025/26 when nothing is claimed", async () => {
    const { ay2425, ay2526, allowanceIn } = await setup();
    expect(await allowanceIn(ay2425)).toEqual({ trainingType: "initial", total: 20, used: 0, remaining: 20 });
    expect(await allowanceIn(ay2526)).toEqual({ trainingType: "initial", total: 16, used: 0, remaining: 16 });
  });

  it("counts drafts and submitted claims of the same year, provider and mentor, at every school", async () => {
    const { otherSchool, w2526, ay2526, claim, allowanceIn } = await setup();
    await claim(w2526, 5, "draft");
    await claim(w2526, 4, "paid");
    await claim(w2526, 3, "invalid_provider", { schoolId: otherSchool.id });
    expect(await allowanceIn(ay2526)).toMatchObject({ total: 16, used: 12, remaining: 4 });
  });

  it("does not count internal drafts nor claims rejected by the payer", async () => {
    const { w2526, ay2526, claim, allowanceIn } = await setup();
    await claim(w2526, 10, "internal_draft");
    await claim(w2526, 10, "payment_not_approved");
    await claim(w2526, 2, "submitted");
    expect(await allowanceIn(ay2526)).toMatchObject({ used: 2, remaining: 14 });
  });

  it("does not count other providers or other academic years", async () => {
    const { otherProvider, w2425, w2526, ay2526, claim, allowanceIn } = await setup();
    await claim(w2425, 20, "draft");
    await claim(w2526, 16, "submitted", { providerId: otherProvider.id });
    expect(await allowanceIn(ay2526)).toMatchObject({ trainingType: "initial", used: 0, remaining: 16 });
  });

  it("excludes the claim being edited", async () => {
    const { w2526, ay2526, claim, allowanceIn } = await setup();
    const editing = await claim(w2526, 10, "draft");
    await claim(w2526, 4, "submitted");
    expect(await allowanceIn(ay2526)).toMatchObject({ used: 14, remaining: 2 });
    expect(await allowanceIn(ay2526, { excludeClaimId: editing.id })).toMatchObject({ used: 4, remaining: 12 });
  });

  it("is a 6-hour refresher after a non-draft claim with the same provider in an earlier year", async () => {
    const { w2425, ay2526, claim, allowanceIn, otherProvider } = await setup();
    await claim(w2425, 20, "paid");
    expect(await allowanceIn(ay2526)).toEqual({ trainingType: "refresher", total: 6, used: 0, remaining: 6 });
    // a different provider: still initial with that provider
    expect(await allowanceIn(ay2526, { providerId: otherProvider.id })).toMatchObject({
      trainingType: "initial",
      total: 16,
    });
  });

  it("a rejected-by-payer claim in an earlier year still makes the next year a refresher (it is not a draft)", async () => {
    const { w2324, ay2425, claim, allowanceIn } = await setup();
    await claim(w2324, 20, "payment_not_approved");
    expect(await allowanceIn(ay2425)).toMatchObject({ trainingType: "refresher", total: 6 });
  });

  it("an earlier year's draft does not make a refresher, nor does a claim in the same or a later year", async () => {
    const { w2324, w2425, w2526, ay2425, claim, allowanceIn } = await setup();
    await claim(w2324, 5, "draft");
    await claim(w2526, 5, "submitted");
    expect(await allowanceIn(ay2425)).toMatchObject({ trainingType: "initial", total: 20, used: 0 });
    await claim(w2425, 19, "submitted");
    expect(await allowanceIn(ay2425)).toMatchObject({ trainingType: "initial", total: 20, used: 19, remaining: 1 });
  });

  it("refresher hours used up: remaining 0", async () => {
    const { w2425, w2526, ay2526, claim, allowanceIn } = await setup();
    await claim(w2425, 3, "submitted");
    await claim(w2526, 6, "draft");
    expect(await allowanceIn(ay2526)).toMatchObject({ trainingType: "refresher", total: 6, used: 6, remaining: 0 });
  });
});
