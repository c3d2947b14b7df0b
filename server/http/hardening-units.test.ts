import { describe, expect, it, vi } from "vitest";
import { safeReturnTo } from "../../app/lib/return-to.ts";
import { searchClaimProviders } from "#server/claims/claim/claim.service.ts";
import { createPrismaClient } from "#server/db.ts";
import { parseEnv } from "#server/env.ts";
import { logger } from "#server/logger.ts";
import { searchClaimsSchools } from "#server/shared/organisation/organisation-search.service.ts";
import { escapeLike } from "#server/shared/search/like.ts";
import { textField, storable } from "#server/shared/validation/text.ts";
import { UserDetailsSchema } from "#server/shared/user/user.schema.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import { createProvider, createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { hardenBuild } from "./harden-build.ts";
import { isDatabaseUnavailable, statusForFailure } from "./failures.ts";

const getDb = useTestDatabase();

describe("safeReturnTo", () => {
  it.each([
    ["/\t/evil.example"],
    ["/%09/evil.example"],
    ["/%2509/evil.example"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["/%5Cevil.example"],
    ["https://evil.example"],
    ["javascript:alert(1)"],
    ["/claims/%E0%A4%A"],
    ["/claims/\u0000"],
    ["/placements/x"],
    [""],
  ])("%j → the fallback", (value) => {
    expect(safeReturnTo(value, "/claims/schools", "claims")).toBe("/claims/schools");
  });
  it("keeps a path of the service", () => {
    expect(safeReturnTo("/claims/schools/1/claims?page=2", "/x", "claims")).toBe("/claims/schools/1/claims?page=2");
  });
});

describe("text at the boundary", () => {
  it("the shared refinement gives a field error for control characters", () => {
    const field = textField({ label: "organisation name", required: "Enter an organisation name" });
    expect(field.safeParse("a\u0000b").error?.issues[0].message).toBe(
      "Organisation name must not include special characters",
    );
    expect(field.safeParse("x".repeat(201)).error?.issues[0].message).toBe(
      "Organisation name must be 200 characters or fewer",
    );
    const user = UserDetailsSchema.safeParse({ firstName: "A", lastName: "B", email: "a\u0000@example.com" });
    expect(user.error?.issues[0].path).toEqual(["email"]);
  });

  it("what is kept in flash and wizard state loses NUL and is bounded", () => {
    const kept = storable({ a: "x\u0000y", b: "z".repeat(50_000), ["k\u0000"]: 1 }) as Record<string, string>;
    expect(kept.a).toBe("xy");
    expect(kept.b.length).toBe(2000);
    expect(JSON.stringify(kept)).not.toContain("\\u0000");
  });
});

describe("searches are literal", () => {
  it("escapeLike", () => {
    expect(escapeLike("100%_\\")).toBe("100\\%\\_\\\\");
  });

  it("provider search: \\ is no error, % and _ match only themselves, codes match in any case", async () => {
    const db = await getDb();
    await createProvider(db, { name: "Alpha Teaching", code: "1AB" } as never);
    await createProvider(db, { name: "Beta Training", code: "2CD" } as never);
    await expect(searchClaimProviders(db, "\\")).resolves.toEqual([]);
    expect(await searchClaimProviders(db, "%")).toEqual([]);
    expect(await searchClaimProviders(db, "_")).toEqual([]);
    expect(await searchClaimProviders(db, "a\u0000lpha")).toEqual([]);
    expect((await searchClaimProviders(db, "alpha\u0000")).map((p) => p.name)).toEqual(["Alpha Teaching"]);
    expect((await searchClaimProviders(db, "1ab")).map((p) => p.name)).toEqual(["Alpha Teaching"]);
  });

  it("support school search: \\, %, _ and NUL", async () => {
    const db = await getDb();
    await createSchool(db, { name: "Oak Primary", claims: true });
    await expect(searchClaimsSchools(db, { query: "\\" })).resolves.toMatchObject({ total: 0 });
    expect((await searchClaimsSchools(db, { query: "%" })).total).toBe(0);
    expect((await searchClaimsSchools(db, { query: "_" })).total).toBe(0);
    expect((await searchClaimsSchools(db, { query: "oak\u0000" })).total).toBe(1);
  });
});

describe("failures", () => {
  it("an unreachable database is recognised (503) and its error page carries the request id", async () => {
    const down = createPrismaClient("postgresql://postgres@127.0.0.1:1/none");
    const error = await down.user.findFirst().catch((e: unknown) => e);
    await down.$disconnect().catch(() => undefined);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(statusForFailure(new Error("boom"))).toBe(500);

    const build = hardenBuild({
      routes: {
        r: {
          id: "r",
          path: "x",
          module: {
            loader: async () => {
              throw error;
            },
          },
        },
      },
    } as never);
    const loader = (build.routes.r.module as unknown as { loader: (a: unknown) => Promise<unknown> }).loader;
    const thrown = (await loader({ request: new Request("http://x/x"), context: { requestId: "rid-1" } }).catch(
      (e: unknown) => e,
    )) as Response;
    expect(thrown.status).toBe(503);
    expect(await thrown.json()).toEqual({ requestId: "rid-1" });
  });

  it("an unexpected loader error is a 500 with the reference, logged once with the id and the stack", async () => {
    const spy = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const boom = new Error("boom");
    const build = hardenBuild({
      routes: { r: { id: "r", module: { loader: async () => Promise.reject(boom) } } },
    } as never);
    const loader = (build.routes.r.module as unknown as { loader: (a: unknown) => Promise<unknown> }).loader;
    const thrown = (await loader({ request: new Request("http://x/y"), context: { requestId: "rid-2" } }).catch(
      (e: unknown) => e,
    )) as Response;
    expect(thrown.status).toBe(500);
    expect(await thrown.json()).toEqual({ requestId: "rid-2" });
    expect(spy).toHaveBeenCalledWith(
      expect.objectContaining({ requestId: "rid-2", err: boom }),
      "unhandled loader error",
    );
    spy.mockRestore();
  });
});

describe("configuration", () => {
  it("the persona override does not lift the SESSION_SECRET requirement", () => {
    expect(() =>
      parseEnv({ NODE_ENV: "production", PERSONAS_ENABLED: "true", ALLOW_PERSONAS_IN_PRODUCTION: "true" }),
    ).toThrow(/SESSION_SECRET/);
  });
  it("TRUST_PROXY is off unless set", () => {
    expect(parseEnv({ NODE_ENV: "test" }).TRUST_PROXY).toBe(0);
    expect(parseEnv({ NODE_ENV: "test", TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
  });
});

describe("denial logs", () => {
  it("membership and foreign-record denials carry userId, route, requestId and reason", async () => {
    const db = await getDb();
    const mine = await createSchool(db, { claims: true });
    const other = await createSchool(db, { claims: true });
    const user = await createUser(db, { schoolIds: [mine.id] });
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const api = createCaller(
      await createInnerContext({ db, user: await sessionUserFor(db, user.id), requestId: "rid-3", route: "/claims/x" }),
    );
    await expect(api.claims.school.byId({ schoolId: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({
        requestId: "rid-3",
        userId: user.id,
        route: "/claims/x",
        reason: "not a member of the school",
      }),
      "denied",
    );
    await expect(
      api.claims.claim.byId({ schoolId: mine.id, claimId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({
        requestId: "rid-3",
        userId: user.id,
        route: "/claims/x",
        reason: expect.stringMatching(/not found/),
      }),
      "denied",
    );
    warn.mockRestore();
  });
});
