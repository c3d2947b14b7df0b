import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  DEMO_PROVIDERS,
  DEMO_SUBJECTS,
  startPublishApi,
  type FakePublishApi,
  type PublishProvider,
} from "../../fakes/publish-api.ts";
import { currentRecruitmentCycleYear, importProviders, importSubjects, MODERN_LANGUAGES } from "./publish-import.ts";

const getDb = useTestDatabase();
let api: FakePublishApi;

beforeAll(async () => {
  api = await startPublishApi({ years: [2026, 2027] });
});
afterAll(() => api.close());
beforeEach(() => api.reset());

describe("Publish API imports", () => {
  it("uses the cycle of the year the current academic year ends", () => {
    expect(currentRecruitmentCycleYear(new Date("2026-08-31T12:00:00Z"))).toBe(2026);
    expect(currentRecruitmentCycleYear(new Date("2026-09-01T00:00:00Z"))).toBe(2027);
    expect(currentRecruitmentCycleYear(new Date("2027-01-15T00:00:00Z"))).toBe(2027);
  });

  it("follows links.next through every page and upserts providers by code", async () => {
    const db = await getDb();
    const report = await importProviders(db, { baseUrl: api.url, cycle: 2026, perPage: 3 });
    const pages = Math.ceil(DEMO_PROVIDERS.length / 3);
    expect(pages).toBeGreaterThan(2);
    expect(report).toMatchObject({
      cycle: 2026,
      pages,
      received: DEMO_PROVIDERS.length,
      created: DEMO_PROVIDERS.length,
      skipped: 0,
    });
    expect(api.requests()).toHaveLength(pages);
    expect(api.requests().every((p) => p.startsWith("/api/public/v1/recruitment_cycles/2026/providers"))).toBe(true);
    expect(await db.provider.count()).toBe(DEMO_PROVIDERS.length);

    const sample = DEMO_PROVIDERS[0];
    const stored = await db.provider.findUniqueOrThrow({
      where: { code: sample.code },
      include: { emailAddresses: true },
    });
    expect(stored).toMatchObject({
      name: sample.name,
      providerType: sample.provider_type,
      accredited: sample.accredited_body,
      postcode: sample.postcode,
      latitude: sample.latitude,
      longitude: sample.longitude,
    });
    expect(stored.emailAddresses).toEqual([
      expect.objectContaining({ emailAddress: sample.email!.toLowerCase(), primary: true }),
    ]);

    // Same data again: nothing changes.
    const again = await importProviders(db, { baseUrl: api.url, cycle: 2026, perPage: 3 });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: DEMO_PROVIDERS.length });
  });

  it("updates changed providers, moves the primary e-mail and skips records without name, type or code", async () => {
    const db = await getDb();
    await importProviders(db, { baseUrl: api.url, cycle: 2026 });
    const [first, ...rest] = DEMO_PROVIDERS;
    const changed: PublishProvider = {
      ...first,
      name: "Renamed Provider",
      accredited_body: !first.accredited_body,
      email: "new@example.org",
    };
    const broken = { ...rest[0], code: "ZZ9", name: "" } as PublishProvider;
    api.setProviders([changed, broken, ...rest.slice(1)]);
    const report = await importProviders(db, { baseUrl: api.url, cycle: 2026 });
    expect(report).toMatchObject({ updated: 1, skipped: 1, created: 0 });
    const stored = await db.provider.findUniqueOrThrow({
      where: { code: first.code },
      include: { emailAddresses: { orderBy: { emailAddress: "asc" } } },
    });
    expect(stored.name).toBe("Renamed Provider");
    expect(stored.accredited).toBe(!first.accredited_body);
    expect(stored.emailAddresses.filter((e) => e.primary).map((e) => e.emailAddress)).toEqual(["new@example.org"]);
    expect(await db.provider.findUnique({ where: { code: "ZZ9" } })).toBeNull();
  });

  it("fails clearly when the API fails or times out", async () => {
    const db = await getDb();
    api.failNext(503, 1);
    await expect(importProviders(db, { baseUrl: api.url, cycle: 2026 })).rejects.toThrow(/HTTP 503/);
    api.setDelay(300);
    await expect(importProviders(db, { baseUrl: api.url, cycle: 2026, timeoutMs: 50 })).rejects.toThrow(
      /timed out after 50 ms/,
    );
    api.setDelay(0);
    await expect(importProviders(db, { baseUrl: api.url, cycle: 2030 })).rejects.toThrow(/HTTP 404/);
  });

  it("imports primary, secondary and Modern Languages subjects with their parent", async () => {
    const db = await getDb();
    const report = await importSubjects(db, { baseUrl: api.url });
    const relevant = DEMO_SUBJECTS.filter((s) => s.area !== "FurtherEducationSubject");
    expect(report.created).toBe(relevant.length + 1);
    const parent = await db.subject.findFirstOrThrow({
      where: { name: MODERN_LANGUAGES },
      include: { childSubjects: true },
    });
    expect(parent.subjectArea).toBe("secondary");
    expect(parent.childSubjects.map((s) => s.name).sort()).toEqual(
      DEMO_SUBJECTS.filter((s) => s.area === "ModernLanguagesSubject")
        .map((s) => s.name)
        .sort(),
    );
    const primary = DEMO_SUBJECTS.find((s) => s.area === "PrimarySubject")!;
    expect(await db.subject.findUniqueOrThrow({ where: { code: primary.code } })).toMatchObject({
      subjectArea: "primary",
      parentSubjectId: null,
    });
    expect(await db.subject.count({ where: { code: "41" } })).toBe(0);
    expect(await importSubjects(db, { baseUrl: api.url })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: relevant.length,
    });
  });
});
