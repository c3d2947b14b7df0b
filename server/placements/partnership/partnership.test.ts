import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createProvider, createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";
import { placementsAcademicYears } from "#server/placements/academic-year/academic-year.service.ts";

const getDb = useTestDatabase();

async function callerAs(db: Db, userId: string) {
  return createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId) }));
}

async function setup(db: Db) {
  const school = await createSchool(db, { placements: true, claims: false, name: "Riverside" });
  const otherSchool = await createSchool(db, { placements: true, claims: false, name: "Elsewhere" });
  await db.schoolContact.create({ data: { schoolId: school.id, emailAddress: "itt@riverside.example" } });
  const provider = await createProvider(db, { name: "Best Practice Network", placements: true });
  const offline = await createProvider(db, { name: "Offline SCITT", placements: false });
  const otherProvider = await createProvider(db, { name: "Other Provider", placements: true });
  const anne = await createUser(db, { service: "placements", schoolIds: [school.id], firstName: "Anne" });
  const eve = await createUser(db, { service: "placements", schoolIds: [otherSchool.id], firstName: "Eve" });
  const patricia = await createUser(db, {
    service: "placements",
    providerIds: [provider.id],
    firstName: "Patricia",
    email: "patricia@provider.example",
  });
  const oscar = await createUser(db, { service: "placements", providerIds: [otherProvider.id], firstName: "Oscar" });
  // New placements users work in next year until they choose.
  const year = (await placementsAcademicYears(db)).next;
  return {
    school,
    otherSchool,
    provider,
    offline,
    otherProvider,
    anne,
    patricia,
    year,
    asAnne: await callerAs(db, anne.id),
    asEve: await callerAs(db, eve.id),
    asPatricia: await callerAs(db, patricia.id),
    asOscar: await callerAs(db, oscar.id),
  };
}
type Setup = Awaited<ReturnType<typeof setup>>;

async function placement(db: Db, s: Setup, opts: { providerId?: string; status?: "draft" | "published" } = {}) {
  const subject =
    (await db.subject.findFirst({ where: { name: "Mathematics" } })) ??
    (await db.subject.create({ data: { name: "Mathematics", subjectArea: "secondary" } }));
  return db.placement.create({
    data: {
      schoolId: s.school.id,
      academicYearId: s.year.id,
      subjectId: subject.id,
      status: opts.status ?? "published",
      providerId: opts.providerId ?? null,
    },
  });
}

async function code(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  return { code: "OK", message: "" };
}

describe("partnerships: a school's providers", () => {
  it("adds a provider, lists it, e-mails the provider's users, and refuses it twice", async () => {
    const db = await getDb();
    const s = await setup(db);
    await s.asAnne.placements.schoolPartnership.add({ schoolId: s.school.id, partnerId: s.provider.id });
    expect(await s.asAnne.placements.schoolPartnership.list({ schoolId: s.school.id })).toEqual([
      { id: s.provider.id, name: "Best Practice Network", reference: null },
    ]);
    const outbox = await db.emailOutbox.findMany();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      to: "patricia@provider.example",
      subject: "A school has added you",
      templateKey: "placements.partnership_created",
    });
    expect(outbox[0].body).toContain("Riverside has added Best Practice Network as one of the providers");
    expect(outbox[0].body).toContain("itt@riverside.example");

    expect(
      await code(s.asAnne.placements.schoolPartnership.add({ schoolId: s.school.id, partnerId: s.provider.id })),
    ).toEqual({ code: "BAD_REQUEST", message: "Best Practice Network has already been added. Try another provider" });
    const candidates = await s.asAnne.placements.schoolPartnership.candidates({ schoolId: s.school.id, query: "Best" });
    expect(candidates.find((c) => c.id === s.provider.id)?.alreadyAdded).toBe(true);
    expect(
      (await s.asAnne.placements.schoolPartnership.candidate({ schoolId: s.school.id, partnerId: s.provider.id }))
        .alreadyAdded,
    ).toBe(true);
  });

  it("sends no e-mail for a provider not onboarded to placements", async () => {
    const db = await getDb();
    const s = await setup(db);
    await s.asAnne.placements.schoolPartnership.add({ schoolId: s.school.id, partnerId: s.offline.id });
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("deletes a provider: it stays assigned to the placements, which the provider's e-mail lists", async () => {
    const db = await getDb();
    const s = await setup(db);
    await s.asAnne.placements.schoolPartnership.add({ schoolId: s.school.id, partnerId: s.provider.id });
    const assigned = await placement(db, s, { providerId: s.provider.id });
    const partner = await s.asAnne.placements.schoolPartnership.byId({
      schoolId: s.school.id,
      partnerId: s.provider.id,
    });
    expect(partner.assignedPlacements).toEqual([{ id: assigned.id, title: "Mathematics" }]);
    await db.emailOutbox.deleteMany();

    await s.asAnne.placements.schoolPartnership.remove({ schoolId: s.school.id, partnerId: s.provider.id });
    expect(await db.partnership.count()).toBe(0);
    expect((await db.placement.findUniqueOrThrow({ where: { id: assigned.id } })).providerId).toBe(s.provider.id);
    const email = await db.emailOutbox.findFirstOrThrow();
    expect(email).toMatchObject({ subject: "A school has removed you", to: "patricia@provider.example" });
    expect(email.body).toContain("Riverside has deleted Best Practice Network from the list of providers");
    expect(email.body).toContain("This placement is:");
    expect(email.body).toContain("[Mathematics]");

    expect(
      (await code(s.asAnne.placements.schoolPartnership.remove({ schoolId: s.school.id, partnerId: s.provider.id })))
        .code,
    ).toBe("NOT_FOUND");
  });

  it("is not found: another school's partnerships, a provider that is not a partner, ids swapped", async () => {
    const db = await getDb();
    const s = await setup(db);
    await s.asAnne.placements.schoolPartnership.add({ schoolId: s.school.id, partnerId: s.provider.id });
    const ref = { schoolId: s.school.id, partnerId: s.provider.id };
    // Another school's user, on Riverside's id.
    for (const call of [
      () => s.asEve.placements.schoolPartnership.list({ schoolId: s.school.id }),
      () => s.asEve.placements.schoolPartnership.byId(ref),
      () => s.asEve.placements.schoolPartnership.add({ schoolId: s.school.id, partnerId: s.otherProvider.id }),
      () => s.asEve.placements.schoolPartnership.remove(ref),
      // A provider user on the school side, with its own id in the school's place.
      () => s.asPatricia.placements.schoolPartnership.list({ schoolId: s.provider.id }),
      () => s.asPatricia.placements.schoolPartnership.remove({ schoolId: s.school.id, partnerId: s.provider.id }),
    ]) {
      expect((await code(call())).code).toBe("NOT_FOUND");
    }
    // A provider Riverside does not work with; a school's id posted as the provider.
    expect(
      (await code(s.asAnne.placements.schoolPartnership.byId({ schoolId: s.school.id, partnerId: s.otherProvider.id })))
        .code,
    ).toBe("NOT_FOUND");
    expect(
      (await code(s.asAnne.placements.schoolPartnership.add({ schoolId: s.school.id, partnerId: s.otherSchool.id })))
        .code,
    ).toBe("NOT_FOUND");
    expect(await db.partnership.count()).toBe(1);
  });

  it("the database keeps one row per school and provider", async () => {
    const db = await getDb();
    const s = await setup(db);
    await db.partnership.create({ data: { schoolId: s.school.id, providerId: s.provider.id } });
    await expect(
      db.partnership.create({ data: { schoolId: s.school.id, providerId: s.provider.id } }),
    ).rejects.toThrow();
  });
});

describe("partnerships: a provider's schools", () => {
  it("adds and deletes a school without e-mails; a school already added is refused", async () => {
    const db = await getDb();
    const s = await setup(db);
    const ref = { providerId: s.provider.id, partnerId: s.school.id };
    await s.asPatricia.placements.providerPartnership.add(ref);
    expect(await s.asPatricia.placements.providerPartnership.list({ providerId: s.provider.id })).toEqual([
      { id: s.school.id, name: "Riverside", reference: s.school.urn },
    ]);
    expect(await code(s.asPatricia.placements.providerPartnership.add(ref))).toEqual({
      code: "BAD_REQUEST",
      message: "Riverside has already been added. Try another school",
    });
    // The school sees the provider too.
    expect((await s.asAnne.placements.schoolPartnership.list({ schoolId: s.school.id })).map((p) => p.id)).toEqual([
      s.provider.id,
    ]);
    await s.asPatricia.placements.providerPartnership.remove(ref);
    expect(await db.partnership.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("splits a partner school's published placements into assigned to you and the others", async () => {
    const db = await getDb();
    const s = await setup(db);
    await s.asPatricia.placements.providerPartnership.add({ providerId: s.provider.id, partnerId: s.school.id });
    const mine = await placement(db, s, { providerId: s.provider.id });
    const theirs = await placement(db, s, { providerId: s.otherProvider.id });
    const open = await placement(db, s);
    await placement(db, s, { status: "draft" });
    const result = await s.asPatricia.placements.providerPartnership.placements({
      providerId: s.provider.id,
      partnerId: s.school.id,
    });
    expect(result.assignedToYou.map((p) => p.id)).toEqual([mine.id]);
    expect(result.other.map((p) => [p.id, p.statusTag.text]).sort()).toEqual(
      [
        [theirs.id, "Unavailable"],
        [open.id, "Available"],
      ].sort(),
    );
    const one = await s.asPatricia.placements.providerPartnership.placement({
      providerId: s.provider.id,
      partnerId: s.school.id,
      placementId: mine.id,
    });
    expect(one.statusTag.text).toBe("Assigned to you");
  });

  it("is not found: another provider's pages, a school that is not a partner, a draft", async () => {
    const db = await getDb();
    const s = await setup(db);
    const ref = { providerId: s.provider.id, partnerId: s.school.id };
    await s.asPatricia.placements.providerPartnership.add(ref);
    const draft = await placement(db, s, { status: "draft" });
    for (const call of [
      () => s.asOscar.placements.providerPartnership.list({ providerId: s.provider.id }),
      () => s.asOscar.placements.providerPartnership.byId(ref),
      () => s.asOscar.placements.providerPartnership.placements(ref),
      () => s.asOscar.placements.providerPartnership.remove(ref),
      () => s.asOscar.placements.providerPartnership.add({ providerId: s.provider.id, partnerId: s.otherSchool.id }),
      // Oscar's own provider with a school it does not work with.
      () =>
        s.asOscar.placements.providerPartnership.placements({ providerId: s.otherProvider.id, partnerId: s.school.id }),
      () => s.asOscar.placements.providerPartnership.remove({ providerId: s.otherProvider.id, partnerId: s.school.id }),
      // A school user on the provider side.
      () => s.asAnne.placements.providerPartnership.list({ providerId: s.provider.id }),
      () => s.asPatricia.placements.providerPartnership.placement({ ...ref, placementId: draft.id }),
      // A provider's id posted as the school.
      () =>
        s.asPatricia.placements.providerPartnership.add({ providerId: s.provider.id, partnerId: s.otherProvider.id }),
    ]) {
      expect((await code(call())).code).toBe("NOT_FOUND");
    }
    expect(await db.partnership.count()).toBe(1);
  });
});

describe("a placement's provider", () => {
  async function partnered(db: Db) {
    const s = await setup(db);
    await s.asAnne.placements.schoolPartnership.add({ schoolId: s.school.id, partnerId: s.provider.id });
    await db.emailOutbox.deleteMany();
    return s;
  }

  it("offers the school's partner providers and assigns one, e-mailing its users", async () => {
    const db = await getDb();
    const s = await partnered(db);
    const target = await placement(db, s);
    await placement(db, s);
    const ref = { schoolId: s.school.id, placementId: target.id };
    const choices = await s.asAnne.placements.schoolPlacement.providerChoices(ref);
    expect(choices).toMatchObject({ lastAvailable: false, providers: [{ id: s.provider.id }] });
    await s.asAnne.placements.schoolPlacement.assignProvider({ ...ref, providerId: s.provider.id });
    expect((await db.placement.findUniqueOrThrow({ where: { id: target.id } })).providerId).toBe(s.provider.id);
    const email = await db.emailOutbox.findFirstOrThrow();
    expect(email).toMatchObject({
      to: "patricia@provider.example",
      subject: "A school wants you to place a trainee with them",
      templateKey: "placements.provider_assigned",
    });
    expect(email.body).toContain(
      `/placements/providers/${s.provider.id}/partner-schools/${s.school.id}/placements/${target.id}`,
    );
    // Assigned already: a second assignment is a conflict.
    expect(
      await code(s.asAnne.placements.schoolPlacement.assignProvider({ ...ref, providerId: s.provider.id })),
    ).toEqual({
      code: "BAD_REQUEST",
      message: "A provider has already been assigned to this placement",
    });
  });

  it("asks to confirm the last available placement, and refuses a draft", async () => {
    const db = await getDb();
    const s = await partnered(db);
    const last = await placement(db, s);
    const draft = await placement(db, s, { status: "draft" });
    const ref = { schoolId: s.school.id, placementId: last.id };
    expect((await s.asAnne.placements.schoolPlacement.providerChoices(ref)).lastAvailable).toBe(true);
    expect(
      await code(s.asAnne.placements.schoolPlacement.assignProvider({ ...ref, providerId: s.provider.id })),
    ).toEqual({
      code: "BAD_REQUEST",
      message: "Confirm you are assigning your last available placement",
    });
    expect(
      await code(
        s.asAnne.placements.schoolPlacement.assignProvider({
          schoolId: s.school.id,
          placementId: draft.id,
          providerId: s.provider.id,
        }),
      ),
    ).toEqual({ code: "BAD_REQUEST", message: "Publish this placement before you assign a provider" });
    await s.asAnne.placements.schoolPlacement.assignProvider({
      ...ref,
      providerId: s.provider.id,
      lastPlacementConfirmed: true,
    });
    expect((await db.placement.findUniqueOrThrow({ where: { id: last.id } })).providerId).toBe(s.provider.id);
  });

  it("removes the provider the user saw, e-mailing the provider's and the school's users; twice is a conflict", async () => {
    const db = await getDb();
    const s = await partnered(db);
    const target = await placement(db, s, { providerId: s.provider.id });
    const ref = { schoolId: s.school.id, placementId: target.id };
    expect(
      await code(s.asAnne.placements.schoolPlacement.unassignProvider({ ...ref, providerId: s.otherProvider.id })),
    ).toEqual({ code: "BAD_REQUEST", message: "The provider has already been removed from this placement" });
    await s.asAnne.placements.schoolPlacement.unassignProvider({ ...ref, providerId: s.provider.id });
    expect((await db.placement.findUniqueOrThrow({ where: { id: target.id } })).providerId).toBeNull();
    const outbox = await db.emailOutbox.findMany({ orderBy: { subject: "asc" } });
    expect(outbox.map((e) => [e.to, e.subject])).toEqual([
      ["patricia@provider.example", "A school has removed you from a placement"],
      [s.anne.email, "You have removed a provider from a placement"],
    ]);
    expect(
      (await code(s.asAnne.placements.schoolPlacement.unassignProvider({ ...ref, providerId: s.provider.id }))).code,
    ).toBe("BAD_REQUEST");
  });

  it("is not found: a provider the school does not work with, another school's placement or user", async () => {
    const db = await getDb();
    const s = await partnered(db);
    const target = await placement(db, s);
    await placement(db, s);
    const ref = { schoolId: s.school.id, placementId: target.id };
    for (const call of [
      () => s.asAnne.placements.schoolPlacement.assignProvider({ ...ref, providerId: s.otherProvider.id }),
      () => s.asAnne.placements.schoolPlacement.assignProvider({ ...ref, providerId: s.school.id }),
      () => s.asEve.placements.schoolPlacement.providerChoices(ref),
      () => s.asEve.placements.schoolPlacement.assignProvider({ ...ref, providerId: s.provider.id }),
      () =>
        s.asEve.placements.schoolPlacement.assignProvider({
          schoolId: s.otherSchool.id,
          placementId: target.id,
          providerId: s.provider.id,
        }),
      () => s.asPatricia.placements.schoolPlacement.assignProvider({ ...ref, providerId: s.provider.id }),
    ]) {
      expect((await code(call())).code).toBe("NOT_FOUND");
    }
    expect((await db.placement.findUniqueOrThrow({ where: { id: target.id } })).providerId).toBeNull();
    expect(await db.emailOutbox.count()).toBe(0);
  });
});
