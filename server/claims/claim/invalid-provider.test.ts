import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createClaimRow, createProvider } from "#tests/factories/index.ts";
import type { Db } from "../../db.ts";
import type { DomainError } from "../../errors.ts";
import { claimsWorld, invalidProviderWorld, rejects } from "./claim-test-setup.ts";
import { HoursNoLongerAvailableError } from "./claim-locks.ts";

/** What the tests compare to prove a refused call changed nothing. */
async function snapshot(db: Db, claimId: string) {
  return {
    claim: await db.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: {
        status: true,
        version: true,
        providerId: true,
        amountPence: true,
        submittedById: true,
        reference: true,
      },
    }),
    trainings: await db.mentorTraining.findMany({
      where: { claimId },
      select: { mentorId: true, providerId: true, hoursCompleted: true },
      orderBy: { mentorId: "asc" },
    }),
    emails: await db.emailOutbox.count(),
    audits: await db.auditLog.count(),
  };
}

describe("invalid provider wizard (claims.claim.checkNewProvider / assignProvider)", () => {
  const getDb = useTestDatabase();

  it("the creator picks an accredited provider: trainings move to it and the claim is submitted with its reference kept", async () => {
    const db = await getDb();
    const w = await invalidProviderWorld(db);
    const api = await w.caller(w.userA.id);

    const page = await api.claims.claim.byId(w.key);
    expect(page).toMatchObject({
      status: "invalid_provider",
      canChangeProvider: true,
      canRemove: true,
      canEdit: false,
      canSubmit: false,
    });

    const check = await api.claims.claim.checkNewProvider({ ...w.key, providerId: w.newProvider.id });
    expect(check.provider).toEqual({ id: w.newProvider.id, name: "Ambition Institute" });
    expect(check.assignable).toBe(true);
    expect(check.mentors.map((m) => [m.name, m.hours, m.remaining])).toEqual([
      ["Alice Able", 10, w.allowanceHours],
      ["Bob Baker", 6, w.allowanceHours],
    ]);
    // check your answers shows the amount submitting records (claimAmountPence: rate × hours)
    expect(check).toMatchObject({ totalHours: 16, ratePence: 5360, amountPence: 5360 * 16 });

    const result = await api.claims.claim.assignProvider({
      ...w.key,
      providerId: w.newProvider.id,
      version: page.version,
    });
    expect(result).toEqual({ claimId: w.claim.id, reference: w.claim.reference, alreadySubmitted: false });
    const after = await snapshot(db, w.claim.id);
    expect(after.claim).toEqual({
      status: "submitted",
      version: page.version + 1,
      providerId: w.newProvider.id,
      amountPence: 5360 * 16,
      submittedById: w.userA.id,
      reference: w.claim.reference,
    });
    expect(after.trainings.map((t) => t.providerId)).toEqual([w.newProvider.id, w.newProvider.id]);
    expect(after.trainings.map((t) => t.hoursCompleted).sort()).toEqual([10, 6].sort());
    const row = await db.claim.findUniqueOrThrow({ where: { id: w.claim.id } });
    expect(row.submittedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "claim.submitted", recordId: w.claim.id } });
    expect(audit.changes).toMatchObject({
      from: "invalid_provider",
      to: "submitted",
      providerId: { before: w.oldProvider.id, after: w.newProvider.id },
    });
    const emails = await db.emailOutbox.findMany();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: w.userA.email, subject: "Claim submitted for mentor training funding" });
    expect(emails[0].body).toContain("Ambition Institute");
    expect(emails[0].body).toContain("£857.60");

    // the same POST again (refresh, double click): the submitted claim, nothing new
    const repeat = await api.claims.claim.assignProvider({
      ...w.key,
      providerId: w.newProvider.id,
      version: page.version,
    });
    expect(repeat).toMatchObject({ claimId: w.claim.id, alreadySubmitted: true });
    expect(await snapshot(db, w.claim.id)).toEqual(after);

    // the claim is an ordinary submitted claim now: the wizard is closed and the hours count with the new provider
    expect(await api.claims.claim.byId(w.key)).toMatchObject({
      status: "submitted",
      canChangeProvider: false,
      canRemove: false,
    });
    expect((await rejects(api.claims.claim.checkNewProvider({ ...w.key, providerId: w.newProvider.id }))).code).toBe(
      "NOT_FOUND",
    );
    const mentors = await api.claims.claim.claimableMentors({ schoolId: w.school.id, providerId: w.newProvider.id });
    expect(mentors.find((m) => m.id === w.m1.id)?.allowance.used).toBe(10);
  });

  it("a claim first submitted here, then marked invalid_provider, is submitted again with a second e-mail", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const api = await w.caller(w.userA.id);
    const created = await api.claims.claim.create({
      schoolId: w.school.id,
      providerId: w.provider.id,
      mentors: [{ mentorId: w.m1.id, hours: 4 }],
      idempotencyKey: randomUUID(),
    });
    // the data fix: the provider loses its accreditation
    await db.provider.update({ where: { id: w.provider.id }, data: { accredited: false } });
    await db.claim.update({ where: { id: created.claimId }, data: { status: "invalid_provider" } });
    const newProvider = await createProvider(db, { name: "Teach First" });
    await api.claims.claim.assignProvider({
      schoolId: w.school.id,
      claimId: created.claimId,
      providerId: newProvider.id,
      version: 0,
    });
    const subjects = (await db.emailOutbox.findMany({ orderBy: { createdAt: "asc" } })).map((e) => e.subject);
    expect(subjects).toEqual([
      "Claim submitted for mentor training funding",
      "Claim submitted for mentor training funding",
    ]);
    expect(await db.claim.findUniqueOrThrow({ where: { id: created.claimId } })).toMatchObject({
      status: "submitted",
      reference: created.reference,
      providerId: newProvider.id,
    });
  });

  it("unable to assign: a mentor without the claimed hours left with the new provider; submitting anyway changes nothing", async () => {
    const db = await getDb();
    const w = await invalidProviderWorld(db);
    // Alice already has all but 3 hours with the new provider (another claim): 10 do not fit
    await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.newProvider.id,
      claimWindowId: w.window.id,
      trainings: [{ mentorId: w.m1.id, hours: w.allowanceHours - 3 }],
    });
    const api = await w.caller(w.userA.id);
    const check = await api.claims.claim.checkNewProvider({ ...w.key, providerId: w.newProvider.id });
    expect(check.assignable).toBe(false);
    expect(check.mentors.map((m) => [m.name, m.remaining, m.fits])).toEqual([
      ["Alice Able", 3, false],
      ["Bob Baker", w.allowanceHours, true],
    ]);
    const before = await snapshot(db, w.claim.id);
    const error = await rejects(
      api.claims.claim.assignProvider({ ...w.key, providerId: w.newProvider.id, version: 0 }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toBeInstanceOf(HoursNoLongerAvailableError);
    expect(await snapshot(db, w.claim.id)).toEqual(before);

    // a mentor with no hours at all left with a provider
    const used = await createProvider(db, { name: "Used Up Provider" });
    await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: used.id,
      claimWindowId: w.window.id,
      trainings: [{ mentorId: w.m2.id, hours: w.allowanceHours }],
    });
    const none = await api.claims.claim.checkNewProvider({ ...w.key, providerId: used.id });
    expect(none.assignable).toBe(false);
    expect(none.mentors.find((m) => m.mentorId === w.m2.id)).toMatchObject({ remaining: 0, fits: false });

    // another provider where both fit: still possible
    const other = await createProvider(db, { name: "Other Provider" });
    expect((await api.claims.claim.checkNewProvider({ ...w.key, providerId: other.id })).assignable).toBe(true);
  });

  it("a provider that is not accredited (or a NIoT sub-provider, or not a uuid) is refused", async () => {
    const db = await getDb();
    const w = await invalidProviderWorld(db);
    const niotSub = await createProvider(db, { name: "National Institute of Teaching - Birmingham", code: "1YF" });
    const api = await w.caller(w.userA.id);
    const before = await snapshot(db, w.claim.id);
    for (const providerId of [w.oldProvider.id, niotSub.id, randomUUID()]) {
      const check = await rejects(api.claims.claim.checkNewProvider({ ...w.key, providerId }));
      expect(check.code).toBe("BAD_REQUEST");
      expect(check.message).toBe("Enter the accredited provider");
      expect((check.cause as DomainError).field).toBe("providerId");
      const assign = await rejects(api.claims.claim.assignProvider({ ...w.key, providerId, version: 0 }));
      expect(assign.code).toBe("BAD_REQUEST");
      expect(assign.message).toBe("Enter the accredited provider");
    }
    for (const bad of ["not-a-uuid", "", 42]) {
      const error = await rejects(api.claims.claim.assignProvider({ ...w.key, providerId: bad as string, version: 0 }));
      expect(error.code).toBe("BAD_REQUEST");
    }
    expect(
      (await rejects(api.claims.claim.assignProvider({ ...w.key, providerId: w.newProvider.id, version: -1 }))).code,
    ).toBe("BAD_REQUEST");
    expect(await snapshot(db, w.claim.id)).toEqual(before);
  });

  it("a claim not in invalid_provider cannot go through the wizard", async () => {
    const db = await getDb();
    const w = await invalidProviderWorld(db);
    const api = await w.caller(w.userA.id);
    for (const status of ["draft", "submitted", "paid"] as const) {
      const claim = await createClaimRow(db, {
        schoolId: w.school.id,
        providerId: w.oldProvider.id,
        claimWindowId: w.window.id,
        status,
        createdById: w.userA.id,
        trainings: [{ mentorId: w.m2.id, hours: 1 }],
      });
      const key = { schoolId: w.school.id, claimId: claim.id };
      expect((await api.claims.claim.byId(key)).canChangeProvider).toBe(false);
      expect((await rejects(api.claims.claim.checkNewProvider({ ...key, providerId: w.newProvider.id }))).code).toBe(
        "NOT_FOUND",
      );
      const before = await snapshot(db, claim.id);
      const error = await rejects(
        api.claims.claim.assignProvider({ ...key, providerId: w.newProvider.id, version: 0 }),
      );
      expect(error.message).toBe("This claim has been changed by someone else");
      expect(await snapshot(db, claim.id)).toEqual(before);
    }
    // a stale version of the invalid-provider claim itself
    const stale = await rejects(
      api.claims.claim.assignProvider({ ...w.key, providerId: w.newProvider.id, version: 1 }),
    );
    expect(stale.message).toBe("This claim has been changed by someone else");
    expect((await db.claim.findUniqueOrThrow({ where: { id: w.claim.id } })).status).toBe("invalid_provider");
  });

  it("another user of the school (not the creator) is denied; support may; another school's claim is NOT_FOUND", async () => {
    const db = await getDb();
    const w = await invalidProviderWorld(db);
    const before = await snapshot(db, w.claim.id);

    // a school user who did not create the claim: no wizard, no removal
    const colleague = await w.caller(w.userA2.id);
    expect(await colleague.claims.claim.byId(w.key)).toMatchObject({ canChangeProvider: false, canRemove: false });
    expect(
      (await rejects(colleague.claims.claim.checkNewProvider({ ...w.key, providerId: w.newProvider.id }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await rejects(colleague.claims.claim.assignProvider({ ...w.key, providerId: w.newProvider.id, version: 0 })))
        .code,
    ).toBe("NOT_FOUND");
    expect((await rejects(colleague.claims.claim.remove(w.key))).message).toBe("You cannot remove this claim");

    // a user of another school, with school A's or their own school's id
    const outsider = await w.caller(w.userB.id);
    for (const schoolId of [w.school.id, w.otherSchool.id]) {
      const key = { schoolId, claimId: w.claim.id };
      expect((await rejects(outsider.claims.claim.byId(key))).code).toBe("NOT_FOUND");
      expect(
        (await rejects(outsider.claims.claim.checkNewProvider({ ...key, providerId: w.newProvider.id }))).code,
      ).toBe("NOT_FOUND");
      expect(
        (await rejects(outsider.claims.claim.assignProvider({ ...key, providerId: w.newProvider.id, version: 0 })))
          .code,
      ).toBe("NOT_FOUND");
      expect((await rejects(outsider.claims.claim.remove(key))).code).toBe("NOT_FOUND");
    }
    // the claim id under a school the creator belongs to but the claim does not
    const creator = await w.caller(w.userA.id);
    const wrongSchool = await createClaimRow(db, {
      schoolId: w.otherSchool.id,
      providerId: w.oldProvider.id,
      claimWindowId: w.window.id,
      status: "invalid_provider",
      createdById: w.userB.id,
      trainings: [],
    });
    expect(
      (
        await rejects(
          creator.claims.claim.assignProvider({
            schoolId: w.school.id,
            claimId: wrongSchool.id,
            providerId: w.newProvider.id,
            version: 0,
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await snapshot(db, w.claim.id)).toEqual(before);

    // support may check, and may remove
    const support = await w.caller(w.support.id);
    expect(await support.claims.claim.byId(w.key)).toMatchObject({ canChangeProvider: true, canRemove: true });
    expect((await support.claims.claim.checkNewProvider({ ...w.key, providerId: w.newProvider.id })).assignable).toBe(
      true,
    );
  });

  it("support submits the claim with a new provider", async () => {
    const db = await getDb();
    const w = await invalidProviderWorld(db);
    const support = await w.caller(w.support.id);
    await support.claims.claim.assignProvider({ ...w.key, providerId: w.newProvider.id, version: 0 });
    expect(await db.claim.findUniqueOrThrow({ where: { id: w.claim.id } })).toMatchObject({
      status: "submitted",
      submittedById: w.support.id,
      providerId: w.newProvider.id,
    });
  });

  it("the creator removes an invalid-provider claim with its trainings", async () => {
    const db = await getDb();
    const w = await invalidProviderWorld(db);
    const api = await w.caller(w.userA.id);
    await api.claims.claim.remove(w.key);
    expect(await db.claim.count()).toBe(0);
    expect(await db.mentorTraining.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "claim.removed", recordId: w.claim.id } })).toBe(1);
  });
});
