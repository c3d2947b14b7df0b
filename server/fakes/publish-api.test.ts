// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PROVIDERS, startPublishApi, type FakePublishApi } from "./publish-api.ts";

type ProvidersPage = {
  data: { id: string; type: string; attributes: Record<string, unknown> }[];
  links: { first: string; last: string; prev: string | null; next: string | null };
  meta: { count: number };
};

describe("fake Publish (Teacher Training Courses) API", () => {
  let fake: FakePublishApi;
  beforeAll(async () => {
    fake = await startPublishApi();
  });
  beforeEach(() => fake.reset());
  afterAll(() => fake?.close());

  it("pages providers with absolute JSON:API links until next is null", async () => {
    let next: string | null =
      `${fake.url}/api/public/v1/recruitment_cycles/2025/providers?page[page]=1&page[per_page]=10`;
    const all: ProvidersPage["data"] = [];
    const pages: ProvidersPage[] = [];
    while (next) {
      const res = await fetch(next);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/vnd.api+json");
      const page = (await res.json()) as ProvidersPage;
      pages.push(page);
      all.push(...page.data);
      next = page.links.next;
    }
    expect(pages).toHaveLength(Math.ceil(DEMO_PROVIDERS.length / 10));
    expect(pages[0].links.prev).toBeNull();
    expect(pages[1].links.prev).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/public\/v1\/recruitment_cycles\/2025\/providers\?page%5Bpage%5D=1&page%5Bper_page%5D=10$/,
    );
    expect(pages.at(-1)!.links.last).toBe(
      pages.at(-1)!.links.first.replace("page%5Bpage%5D=1", `page%5Bpage%5D=${pages.length}`),
    );
    expect(all).toHaveLength(DEMO_PROVIDERS.length);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(all.every((p) => p.type === "providers")).toBe(true);

    const bpn = all.find((p) => p.attributes.name === "Best Practice Network")!;
    expect(bpn.attributes).toMatchObject({
      code: "1BN",
      provider_type: "scitt",
      accredited_body: true,
      city: "Bristol",
    });
    expect(bpn.attributes).toHaveProperty("street_address_1");
    expect(bpn.attributes).toHaveProperty("latitude");
    const types = new Set(all.map((p) => p.attributes.provider_type));
    expect(types).toEqual(new Set(["lead_school", "scitt", "university"]));
  });

  it("defaults to 100 per page and 404s unknown cycles", async () => {
    const page = (await (
      await fetch(`${fake.url}/api/public/v1/recruitment_cycles/2025/providers`)
    ).json()) as ProvidersPage;
    expect(page.data).toHaveLength(DEMO_PROVIDERS.length);
    expect(page.links.next).toBeNull();
    expect((await fetch(`${fake.url}/api/public/v1/recruitment_cycles/1999/providers`)).status).toBe(404);
  });

  it("serves subject areas with included subjects", async () => {
    const body = await (await fetch(`${fake.url}/api/public/v1/subject_areas?include=subjects`)).json();
    const areaIds = body.data.map((a: { id: string }) => a.id);
    expect(areaIds).toEqual(expect.arrayContaining(["PrimarySubject", "SecondarySubject", "ModernLanguagesSubject"]));
    const ml = body.data.find((a: { id: string }) => a.id === "ModernLanguagesSubject");
    const mlIds = ml.relationships.subjects.data.map((r: { id: string }) => r.id);
    const included = new Map(
      body.included.map((s: { id: string; attributes: { name: string } }) => [s.id, s.attributes.name]),
    );
    expect(mlIds.map((id: string) => included.get(id))).toContain("French");
    expect(
      body.included.find((s: { attributes: { code: string } }) => s.attributes.code === "00").attributes.name,
    ).toBe("Primary");

    const without = await (await fetch(`${fake.url}/api/public/v1/subject_areas`)).json();
    expect(without.included).toBeUndefined();
  });

  it("injects failures", async () => {
    fake.failNext(500);
    expect((await fetch(`${fake.url}/api/public/v1/subject_areas`)).status).toBe(500);
    expect((await fetch(`${fake.url}/api/public/v1/subject_areas`)).status).toBe(200);
    fake.setProviders(DEMO_PROVIDERS.slice(0, 2));
    const page = (await (
      await fetch(`${fake.url}/api/public/v1/recruitment_cycles/2025/providers`)
    ).json()) as ProvidersPage;
    expect(page.meta.count).toBe(2);
  });
});
