/**
 * A loader's `json()` data reaches the page as the JSON round trip of it, as in the unpatched router; the patch
 * (patches/@remix-run+router+*.patch) only parses the text `json()` kept instead of reading the body stream back.
 */
import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";

// The server loads the CommonJS build (the one patched); import it the same way.
const router = createRequire(import.meta.url)("@remix-run/router") as typeof import("@remix-run/router");

async function loaderDataOf(loader: () => Response) {
  const handler = router.createStaticHandler([{ id: "page", path: "/", loader }]);
  const context = await handler.query(new Request("http://localhost/"));
  if (context instanceof Response) throw new Error("unexpected response");
  return context.loaderData.page as unknown;
}

describe("loader data from json()", () => {
  it("is the JSON round trip of what the loader returned: dates as strings, undefined fields gone, a copy", async () => {
    const original = { at: new Date(0), count: 2, missing: undefined, nested: { list: [1, "two"] } };
    const data = await loaderDataOf(() => router.json(original));
    expect(data).toEqual({ at: "1970-01-01T00:00:00.000Z", count: 2, nested: { list: [1, "two"] } });
    expect((data as { nested: unknown }).nested).not.toBe(original.nested);
  });

  it("keeps the status and headers the loader set", async () => {
    const handler = router.createStaticHandler([
      { id: "page", path: "/", loader: () => router.json({ ok: true }, { status: 201, headers: { "X-Test": "1" } }) },
    ]);
    const context = await handler.query(new Request("http://localhost/"));
    if (context instanceof Response) throw new Error("unexpected response");
    expect(context.statusCode).toBe(201);
    expect(context.loaderHeaders.page?.get("X-Test")).toBe("1");
    expect(context.loaderData.page).toEqual({ ok: true });
  });

  it("a JSON Response made without json() is read from its body", async () => {
    const data = await loaderDataOf(
      () => new Response(JSON.stringify({ from: "body" }), { headers: { "Content-Type": "application/json" } }),
    );
    expect(data).toEqual({ from: "body" });
  });

  describe("the body stream of a json() Response", () => {
    const proto = Object.getPrototypeOf(router.json({})) as object;
    const original = Object.getOwnPropertyDescriptor(proto, "body")!;
    afterEach(() => Object.defineProperty(proto, "body", original));

    it("is never made when the loader data is taken from it: making one costs more than the loader's json()", async () => {
      let reads = 0;
      Object.defineProperty(proto, "body", {
        ...original,
        get(this: Response) {
          reads++;
          return original.get!.call(this) as unknown;
        },
      });
      expect(await loaderDataOf(() => router.json({ a: 1 }))).toEqual({ a: 1 });
      expect(reads).toBe(0);
    });
  });
});
