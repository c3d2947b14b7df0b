import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createClaimRow,
  createMentor,
  createProvider,
  createSchool,
  createUser,
  sessionUserFor,
} from "#tests/factories/index.ts";
import type { Db } from "../../db.ts";
import { createInnerContext } from "../../trpc/context.ts";
import { createCaller } from "../../trpc/root.ts";
import { claimsWorld, rejects } from "../claim/claim-test-setup.ts";

async function expectNotFound(promise: Promise<unknown>) {
  expect((await rejects(promise)).code).toBe("NOT_FOUND");
}

const getDb = useTestDatabase();

/** Two providers with one provider user each; claims of every interesting status for the first provider. */
async function portalWorld(db: Db) {
  const w = await claimsWorld(db);
  const otherProvider = await createProvider(db, { name: "Other Provider" });
  const patricia = await createUser(db, { type: "Claims::ProviderUser", providerIds: [w.provider.id] });
  const otherProviderUser = await createUser(db, { type: "Claims::ProviderUser", providerIds: [otherProvider.id] });
  const secondSchool = await createSchool(db, { name: "Zebra Crossing Primary" });
  const m3 = await createMentor(db, { schoolId: secondSchool.id, firstName: "Cara", lastName: "Cole" });
  const claim = (
    status: Parameters<typeof createClaimRow>[1]["status"],
    schoolId = w.school.id,
    providerId = w.provider.id,
  ) =>
    createClaimRow(db, {
      schoolId,
      providerId,
      claimWindowId: w.window.id,
      status,
      trainings: [{ mentorId: schoolId === w.school.id ? w.m1.id : m3.id, hours: 4 }],
    });
  const paid = await claim("paid");
  const inSampling = await claim("sampling_in_progress", secondSchool.id);
  const notApproved = await claim("sampling_provider_not_approved");
  const draft = await claim("draft");
  const submitted = await claim("submitted");
  const clawback = await claim("clawback_requested");
  const othersPaid = await claim("paid", w.school.id, otherProvider.id);
  const caller = async (userId: string) =>
    createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId), service: "claims" }));
  return {
    ...w,
    otherProvider,
    patricia,
    otherProviderUser,
    secondSchool,
    paid,
    inSampling,
    notApproved,
    draft,
    submitted,
    clawback,
    othersPaid,
    caller,
  };
}

describe("provider portal: claims list", () => {
  it("lists only audited and paid claims of the provider, in the reference's status order", async () => {
    const db = await getDb();
    const w = await portalWorld(db);
    const api = await w.caller(w.patricia.id);
    const { claims } = await api.claims.providerClaims.list({ providerId: w.provider.id });
    expect(claims.map((c) => c.id)).toEqual([w.inSampling.id, w.notApproved.id, w.paid.id]);
    expect(claims.map((c) => c.status)).toEqual(["sampling_in_progress", "sampling_provider_not_approved", "paid"]);
  });

  it("filters by school, and the search narrows the options but keeps the selected school", async () => {
    const db = await getDb();
    const w = await portalWorld(db);
    const api = await w.caller(w.patricia.id);
    const filtered = await api.claims.providerClaims.list({
      providerId: w.provider.id,
      schoolIds: [w.secondSchool.id],
    });
    expect(filtered.claims.map((c) => c.id)).toEqual([w.inSampling.id]);
    expect(filtered.selectedSchools.map((s) => s.name)).toEqual(["Zebra Crossing Primary"]);
    // Options: only schools with a visible claim for this provider.
    const all = await api.claims.providerClaims.list({ providerId: w.provider.id });
    expect(all.schoolOptions.map((s) => s.id).sort()).toEqual([w.school.id, w.secondSchool.id].sort());
    const searched = await api.claims.providerClaims.list({
      providerId: w.provider.id,
      schoolSearch: "zebra",
    });
    expect(searched.schoolOptions.map((s) => s.id)).toEqual([w.secondSchool.id]);
    const searchedKeepingSelection = await api.claims.providerClaims.list({
      providerId: w.provider.id,
      schoolSearch: "zebra",
      schoolIds: [w.school.id],
    });
    expect(searchedKeepingSelection.schoolOptions.map((s) => s.id).sort()).toEqual(
      [w.school.id, w.secondSchool.id].sort(),
    );
  });

  it("denies another provider's list (404) and school users", async () => {
    const db = await getDb();
    const w = await portalWorld(db);
    await expectNotFound(
      (await w.caller(w.otherProviderUser.id)).claims.providerClaims.list({ providerId: w.provider.id }),
    );
    await expectNotFound((await w.caller(w.userA.id)).claims.providerClaims.list({ providerId: w.provider.id }));
  });
});

describe("provider portal: claim detail", () => {
  it("shows a visible claim with its mentors and hours", async () => {
    const db = await getDb();
    const w = await portalWorld(db);
    const api = await w.caller(w.patricia.id);
    const claim = await api.claims.providerClaims.byId({ providerId: w.provider.id, claimId: w.notApproved.id });
    expect(claim.reference).toBe(w.notApproved.reference);
    expect(claim.mentors).toEqual([expect.objectContaining({ name: "Alice Able", hours: 4 })]);
  });

  it("is NOT_FOUND for a draft, a claim not yet audited or paid, and another provider's claim", async () => {
    const db = await getDb();
    const w = await portalWorld(db);
    const api = await w.caller(w.patricia.id);
    for (const claim of [w.draft, w.submitted, w.clawback, w.othersPaid]) {
      await expectNotFound(api.claims.providerClaims.byId({ providerId: w.provider.id, claimId: claim.id }));
    }
    // Another provider's id in the URL with a claim of this provider: the guard refuses before the query.
    await expectNotFound(api.claims.providerClaims.byId({ providerId: w.otherProvider.id, claimId: w.othersPaid.id }));
  });
});

describe("organisations of a claims provider user", () => {
  it("lists their providers (claims has no provider service flag)", async () => {
    const db = await getDb();
    const w = await portalWorld(db);
    const api = await w.caller(w.patricia.id);
    expect(await api.claims.organisation.mine()).toEqual([
      { id: w.provider.id, name: "Best Practice Network", kind: "provider" },
    ]);
  });
});
