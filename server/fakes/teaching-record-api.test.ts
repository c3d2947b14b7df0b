// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_TEACHERS, startTeachingRecordApi, type FakeTeachingRecordApi } from "./teaching-record-api.ts";

describe("fake Teaching Record API", () => {
  let fake: FakeTeachingRecordApi;
  const get = (path: string, key: string | null = "test-key", init: RequestInit = {}) =>
    fetch(`${fake.url}${path}`, {
      ...init,
      headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), "X-Api-Version": "20240416" },
    });

  beforeAll(async () => {
    fake = await startTeachingRecordApi({
      apiKey: "test-key",
      teachers: [
        { trn: "7654321", firstName: "Extra", middleName: "", lastName: "Teacher", dateOfBirth: "2000-01-01" },
      ],
    });
  });
  beforeEach(() => fake.reset());
  afterAll(() => fake?.close());

  it("seeds 15 demo teachers with 7-digit TRNs", () => {
    expect(DEMO_TEACHERS.length).toBe(15);
    for (const t of DEMO_TEACHERS) expect(t.trn).toMatch(/^\d{7}$/);
    expect(DEMO_TEACHERS[0]).toMatchObject({ trn: "1234567", dateOfBirth: "1991-01-22" });
  });

  it("returns the teacher when TRN and date of birth match", async () => {
    const res = await get("/v3/teachers/1234567?dateOfBirth=1991-01-22");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      trn: "1234567",
      firstName: "Jane",
      middleName: "Elizabeth",
      lastName: "Doe",
      dateOfBirth: "1991-01-22",
      nationalInsuranceNumber: "QQ123456A",
      email: "jane.doe@example.com",
      qts: expect.objectContaining({ awarded: "2014-07-18" }),
      eyts: null,
    });
    expect(fake.requests().at(-1)).toMatchObject({ trn: "1234567", apiVersion: "20240416", status: 200 });
    expect((await get("/v3/teachers/7654321?dateOfBirth=2000-01-01")).status).toBe(200);
  });

  it("404s on unknown TRN or wrong date of birth; 400 on an invalid date", async () => {
    const wrongDob = await get("/v3/teachers/1234567?dateOfBirth=1991-01-23");
    expect(wrongDob.status).toBe(404);
    expect(await wrongDob.json()).toMatchObject({ status: 404, title: expect.stringContaining("not found") });
    expect((await get("/v3/teachers/9999999?dateOfBirth=1991-01-22")).status).toBe(404);
    expect((await get("/v3/teachers/1234567?dateOfBirth=1991-02-30")).status).toBe(400);
    // Like the real API, no dateOfBirth means look up by TRN only.
    expect((await get("/v3/teachers/1234568")).status).toBe(200);
  });

  it("401s without or with a wrong bearer token", async () => {
    expect((await get("/v3/teachers/1234567?dateOfBirth=1991-01-22", null)).status).toBe(401);
    const res = await get("/v3/teachers/1234567?dateOfBirth=1991-01-22", "wrong");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe("Bearer");
  });

  it("injects failures and delays", async () => {
    fake.failNext(500);
    expect((await get("/v3/teachers/1234567?dateOfBirth=1991-01-22")).status).toBe(500);
    expect((await get("/v3/teachers/1234567?dateOfBirth=1991-01-22")).status).toBe(200);

    fake.failNext(503, 2);
    expect((await get("/v3/teachers/1234567")).status).toBe(503);
    expect((await get("/v3/teachers/1234567")).status).toBe(503);
    expect((await get("/v3/teachers/1234567")).status).toBe(200);

    fake.setDelay(300);
    await expect(get("/v3/teachers/1234567", "test-key", { signal: AbortSignal.timeout(50) })).rejects.toThrow(
      /aborted|timeout/i,
    );
    fake.setDelay(0);

    fake.failTrn("1234568", 503);
    expect((await get("/v3/teachers/1234568")).status).toBe(503);
    expect((await get("/v3/teachers/1234568")).status).toBe(503);
    expect((await get("/v3/teachers/1234567")).status).toBe(200);
    fake.reset();
    expect((await get("/v3/teachers/1234568")).status).toBe(200);

    // Over HTTP too, for other processes (Playwright).
    await fetch(`${fake.url}/_fake/fail?status=502`, { method: "POST" });
    expect((await get("/v3/teachers/1234567")).status).toBe(502);
  });
});
