import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createClaimRow } from "#tests/factories/index.ts";
import { EMAIL_TEMPLATES } from "../../shared/email/templates.ts";
import { parseHoursAnswer } from "./claim.schema.ts";
import { HoursNoLongerAvailableError } from "./claim-locks.ts";
import { claimsWorld, rejects } from "./claim-test-setup.ts";

describe("hours input", () => {
  it.each(["-1", "0", "1.5", "21", "2147483648", "", "٥", "abc", " 1 2", "1e1", "0x5"])(
    "%j is a field error, not a crash",
    (raw) => {
      const answer = parseHoursAnswer({ hoursChoice: "custom", customHours: raw }, 20);
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(Object.keys(answer.errors)).toEqual(["customHours"]);
    },
  );
  it("accepts 1..remaining and the maximum", () => {
    expect(parseHoursAnswer({ hoursChoice: "custom", customHours: "1" }, 20)).toEqual({
      ok: true,
      hours: 1,
      choice: "custom",
    });
    expect(parseHoursAnswer({ hoursChoice: "custom", customHours: " 20 " }, 20)).toEqual({
      ok: true,
      hours: 20,
      choice: "custom",
    });
    expect(parseHoursAnswer({ hoursChoice: "maximum" }, 7)).toEqual({ ok: true, hours: 7, choice: "maximum" });
    expect(parseHoursAnswer({}, 7)).toEqual({ ok: false, errors: { hoursChoice: "Select the number of hours" } });
    expect(parseHoursAnswer({ hoursChoice: "custom", customHours: "8" }, 7).ok).toBe(false);
  });
});

describe("claims.claim router", () => {
  const getDb = useTestDatabase();

  it("a school user's claim is submitted: reference, amount snapshot, audit row and one e-mail", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const api = await w.caller(w.userA.id);
    const key = randomUUID();
    const result = await api.claims.claim.create({
      schoolId: w.school.id,
      providerId: w.provider.id,
      mentors: [
        { mentorId: w.m1.id, hours: 10 },
        { mentorId: w.m2.id, hours: 6 },
      ],
      idempotencyKey: key,
    });
    expect(result).toMatchObject({ claimId: key, status: "submitted", alreadyExisted: false });
    expect(result.reference).toMatch(/^[1-9][0-9]{7}$/);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: key }, include: { mentorTrainings: true } });
    expect(claim).toMatchObject({
      status: "submitted",
      amountPence: 5360 * 16,
      submittedById: w.userA.id,
      createdById: w.userA.id,
    });
    expect(claim.mentorTrainings).toHaveLength(2);
    const emails = await db.emailOutbox.findMany();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      to: w.userA.email,
      subject: "Claim submitted for mentor training funding",
      templateKey: "claims.claim_submitted",
    });
    // The registered template (previewed in the support console), with the claim's link.
    expect(emails[0].body).toContain(`/claims/schools/${w.school.id}/claims/`);
    expect(EMAIL_TEMPLATES.map((t) => t.templateKey)).toContain(emails[0].templateKey);
    expect(emails[0].body).toContain("£857.60");
    expect(await db.auditLog.count({ where: { action: "claim.submitted", recordId: key } })).toBe(1);

    // the same key again (double click, refresh): the same claim, nothing new
    const again = await api.claims.claim.create({
      schoolId: w.school.id,
      providerId: w.provider.id,
      mentors: [{ mentorId: w.m1.id, hours: 10 }],
      idempotencyKey: key,
    });
    expect(again).toMatchObject({ claimId: key, reference: result.reference, alreadyExisted: true });
    expect(await db.claim.count()).toBe(1);
    expect(await db.emailOutbox.count()).toBe(1);

    const list = await api.claims.claim.list({ schoolId: w.school.id });
    expect(list.canAddClaim).toBe(true);
    expect(list.claims).toEqual([
      expect.objectContaining({
        reference: result.reference,
        providerName: "Best Practice Network",
        amountPence: 85760,
      }),
    ]);
  });

  it("refuses hours beyond the allowance and malformed hours (never a 500)", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const api = await w.caller(w.userA.id);
    const base = { schoolId: w.school.id, providerId: w.provider.id, idempotencyKey: randomUUID() };
    const over = await rejects(
      api.claims.claim.create({ ...base, mentors: [{ mentorId: w.m1.id, hours: w.allowanceHours + 1 }] }),
    );
    expect(over.code).toBe("BAD_REQUEST");
    expect(over.cause).toBeInstanceOf(HoursNoLongerAvailableError);
    for (const hours of [0, -1, 1.5, 21, 2147483648, Number.NaN]) {
      const error = await rejects(api.claims.claim.create({ ...base, mentors: [{ mentorId: w.m1.id, hours }] }));
      expect(error.code).toBe("BAD_REQUEST");
    }
    expect(await db.claim.count()).toBe(0);
  });

  it("a mentor of another school cannot be claimed for", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const apiB = await w.caller(w.userB.id);
    const error = await rejects(
      apiB.claims.claim.create({
        schoolId: w.otherSchool.id,
        providerId: w.provider.id,
        mentors: [{ mentorId: w.m1.id, hours: 2 }],
        idempotencyKey: randomUUID(),
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(await db.claim.count()).toBe(0);
  });

  it("support creates a draft (school users e-mailed); a school user submits it; a stale version is a conflict", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const supportApi = await w.caller(w.support.id);
    const draft = await supportApi.claims.claim.create({
      schoolId: w.school.id,
      providerId: w.provider.id,
      mentors: [{ mentorId: w.m1.id, hours: 8 }],
      idempotencyKey: randomUUID(),
    });
    expect(draft.status).toBe("draft");
    const emails = await db.emailOutbox.findMany({ orderBy: { to: "asc" } });
    expect(emails.map((e) => e.subject)).toEqual([
      "New draft claim for mentor training",
      "New draft claim for mentor training",
    ]);
    expect(EMAIL_TEMPLATES.map((t) => t.templateKey)).toContain(emails[0].templateKey);
    expect(emails[0].body).toContain("Best Practice Network");
    expect(emails.map((e) => e.to).sort()).toEqual([w.userA.email, w.userA2.email].sort());

    const supportSubmit = await rejects(
      supportApi.claims.claim.submit({ schoolId: w.school.id, claimId: draft.claimId, version: 0 }),
    );
    expect(supportSubmit.code).toBe("BAD_REQUEST");

    const api = await w.caller(w.userA.id);
    const page = await api.claims.claim.byId({ schoolId: w.school.id, claimId: draft.claimId });
    expect(page).toMatchObject({
      status: "draft",
      canSubmit: true,
      canRemove: true,
      canEdit: true,
      createdBySupport: true,
      amountPence: 5360 * 8,
    });
    const stale = await rejects(
      api.claims.claim.submit({ schoolId: w.school.id, claimId: draft.claimId, version: page.version + 1 }),
    );
    expect(stale.message).toBe("This claim has been changed by someone else");
    const submitted = await api.claims.claim.submit({
      schoolId: w.school.id,
      claimId: draft.claimId,
      version: page.version,
    });
    expect(submitted).toMatchObject({ claimId: draft.claimId, alreadySubmitted: false });
    // a repeat of the same POST by the same user is the same result, not a second e-mail
    const repeat = await api.claims.claim.submit({
      schoolId: w.school.id,
      claimId: draft.claimId,
      version: page.version,
    });
    expect(repeat).toMatchObject({ alreadySubmitted: true });
    const row = await db.claim.findUniqueOrThrow({ where: { id: draft.claimId } });
    expect(row).toMatchObject({
      status: "submitted",
      submittedById: w.userA.id,
      version: page.version + 1,
      amountPence: 5360 * 8,
    });
    expect(await db.emailOutbox.count({ where: { subject: "Claim submitted for mentor training funding" } })).toBe(1);
    // another user of the school submitting the old version: conflict
    const other = await w.caller(w.userA2.id);
    const late = await rejects(
      other.claims.claim.submit({ schoolId: w.school.id, claimId: draft.claimId, version: page.version }),
    );
    expect(late.message).toBe("This claim has been changed by someone else");
  });

  it("editing a draft excludes its own hours, and two editors of one draft: the second is told it changed", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const draft = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "draft",
      trainings: [{ mentorId: w.m1.id, hours: w.allowanceHours }],
    });
    const api = await w.caller(w.userA.id);
    const mentors = await api.claims.claim.claimableMentors({
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimId: draft.id,
    });
    expect(mentors.find((m) => m.id === w.m1.id)?.allowance.remaining).toBe(w.allowanceHours);
    const fresh = await api.claims.claim.claimableMentors({ schoolId: w.school.id, providerId: w.provider.id });
    expect(fresh.map((m) => m.id)).toEqual([w.m2.id]);

    const input = {
      schoolId: w.school.id,
      claimId: draft.id,
      version: 0,
      providerId: w.provider.id,
      mentors: [{ mentorId: w.m1.id, hours: 3 }],
    };
    await api.claims.claim.update(input);
    const second = await rejects(
      (await w.caller(w.userA2.id)).claims.claim.update({ ...input, mentors: [{ mentorId: w.m1.id, hours: 4 }] }),
    );
    expect(second.message).toBe("This claim has been changed by someone else");
    const row = await db.claim.findUniqueOrThrow({ where: { id: draft.id }, include: { mentorTrainings: true } });
    expect(row.status).toBe("draft");
    expect(row.mentorTrainings.map((t) => t.hoursCompleted)).toEqual([3]);
  });

  it("school A's user cannot see or change school B's claim: NOT_FOUND and nothing changes", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const claimB = await createClaimRow(db, {
      schoolId: w.otherSchool.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "draft",
      trainings: [],
    });
    const api = await w.caller(w.userA.id);
    const attempts = [
      () => api.claims.claim.byId({ schoolId: w.school.id, claimId: claimB.id }),
      () => api.claims.claim.byId({ schoolId: w.otherSchool.id, claimId: claimB.id }),
      () => api.claims.claim.submit({ schoolId: w.school.id, claimId: claimB.id, version: 0 }),
      () => api.claims.claim.submit({ schoolId: w.otherSchool.id, claimId: claimB.id, version: 0 }),
      () => api.claims.claim.remove({ schoolId: w.school.id, claimId: claimB.id }),
      () => api.claims.claim.remove({ schoolId: w.otherSchool.id, claimId: claimB.id }),
      () =>
        api.claims.claim.update({
          schoolId: w.school.id,
          claimId: claimB.id,
          version: 0,
          providerId: w.provider.id,
          mentors: [{ mentorId: w.m1.id, hours: 1 }],
        }),
      () => api.claims.claim.list({ schoolId: w.otherSchool.id }),
    ];
    for (const attempt of attempts) expect((await rejects(attempt())).code).toBe("NOT_FOUND");
    const after = await db.claim.findUniqueOrThrow({ where: { id: claimB.id } });
    expect(after).toMatchObject({ status: "draft", version: 0 });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("a school user cannot edit a submitted claim", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const claim = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      trainings: [{ mentorId: w.m1.id, hours: 4 }],
    });
    const api = await w.caller(w.userA.id);
    const edit = await rejects(
      api.claims.claim.update({
        schoolId: w.school.id,
        claimId: claim.id,
        version: 0,
        providerId: w.provider.id,
        mentors: [{ mentorId: w.m1.id, hours: 5 }],
      }),
    );
    expect(edit.message).toBe("This claim has been changed by someone else");
    expect(
      (await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { mentorTrainings: true } }))
        .mentorTrainings[0].hoursCompleted,
    ).toBe(4);
  });

  it("support changing a submitted claim keeps the earlier version as a linked revision", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const claim = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      trainings: [{ mentorId: w.m1.id, hours: 4 }],
      amountPence: 5360 * 4,
    });
    const supportApi = await w.caller(w.support.id);
    const first = await supportApi.claims.claim.update({
      schoolId: w.school.id,
      claimId: claim.id,
      version: 0,
      providerId: w.provider.id,
      mentors: [{ mentorId: w.m1.id, hours: 6 }],
    });
    await supportApi.claims.claim.update({
      schoolId: w.school.id,
      claimId: claim.id,
      version: 1,
      providerId: w.provider.id,
      mentors: [
        { mentorId: w.m1.id, hours: 8 },
        { mentorId: w.m2.id, hours: 1 },
      ],
    });
    const live = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { mentorTrainings: true } });
    expect(live).toMatchObject({ status: "submitted", reference: claim.reference, amountPence: 5360 * 9, version: 2 });
    const page = await supportApi.claims.claim.byId({ schoolId: w.school.id, claimId: claim.id });
    expect(page.revisions.map((r) => r.mentors.map((m) => m.hours))).toEqual([[6], [4]]);
    expect(page.revisions[1].id).toBe(first.revisionId);
    // revisions never count against the allowance, nor show in the list
    const mentors = await supportApi.claims.claim.claimableMentors({
      schoolId: w.school.id,
      providerId: w.provider.id,
    });
    expect(mentors.find((m) => m.id === w.m1.id)?.allowance.used).toBe(8);
    expect((await supportApi.claims.claim.list({ schoolId: w.school.id })).claims).toHaveLength(1);
    // opening a revision directly is not found
    expect(
      (await rejects(supportApi.claims.claim.byId({ schoolId: w.school.id, claimId: first.revisionId! }))).code,
    ).toBe("NOT_FOUND");
    // removing the claim removes its revisions
    await supportApi.claims.claim.remove({ schoolId: w.school.id, claimId: claim.id });
    expect(await db.claim.count()).toBe(0);
  });

  it("school users cannot remove a submitted claim; a draft goes with its trainings", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const submitted = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      trainings: [{ mentorId: w.m1.id, hours: 4 }],
    });
    const draft = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "draft",
      trainings: [{ mentorId: w.m2.id, hours: 4 }],
    });
    const api = await w.caller(w.userA.id);
    expect((await rejects(api.claims.claim.remove({ schoolId: w.school.id, claimId: submitted.id }))).code).toBe(
      "BAD_REQUEST",
    );
    await api.claims.claim.remove({ schoolId: w.school.id, claimId: draft.id });
    expect(await db.claim.findMany({ select: { id: true } })).toEqual([{ id: submitted.id }]);
    expect(await db.mentorTraining.count()).toBe(1);
  });
});
