import { gunzipSync } from "node:zlib";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer } from "#tests/helpers/app-server.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";

/** The Express → Remix adapter (server/http/remix-handler.ts) over real HTTP. */
useTestDatabase();
let app: Awaited<ReturnType<typeof startAppServer>>;

beforeAll(async () => {
  app = await startAppServer({ SESSION_SECRET: "remix-handler-test-secret-at-least-32-chars" });
});
afterAll(async () => app?.close());

/** Raw response (fetch would decode gzip and hide the framing). */
function rawGet(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest(`${app.origin}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    },
  );
}

describe("pages are sent whole", () => {
  it("a page is one body with its length, not a chunked stream", async () => {
    const response = await rawGet("/claims/cookies");
    expect(response.status).toBe(200);
    expect(response.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    const html = response.body.toString("utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toMatch(/<\/html>$/);
  });

  it("compressed for a client that accepts gzip, and the same page once decoded", async () => {
    const response = await rawGet("/claims/cookies", { "Accept-Encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("gzip");
    const html = gunzipSync(response.body).toString("utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("Cookies");
  });

  it("a not-found page keeps its status and is sent whole too", async () => {
    const response = await rawGet("/claims/no-such-page");
    expect(response.status).toBe(404);
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(response.body.toString("utf8")).toContain("Page not found");
  });
});

describe("a loader's json() data on a data request", () => {
  it("is sent whole, with its length, as the loader's JSON", async () => {
    const response = await rawGet("/claims/cookies?_data=root");
    expect(response.status).toBe(200);
    expect(response.headers["x-remix-response"]).toBe("yes");
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    const data = JSON.parse(response.body.toString("utf8")) as { service: string; user: unknown };
    expect(data.service).toBe("claims");
    expect(data.user).toBeNull();
  });
});

describe("a json() Response makes its body only when read (patches/@remix-run+router+*.patch)", () => {
  it("reads like any Response: text, json, clone, body stream, and once only", async () => {
    const { json } = await import("@remix-run/node");
    const response = json({ a: "é" }, { status: 201, headers: { "X-Test": "1" } });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.bodyUsed).toBe(false);
    expect(await response.clone().json()).toEqual({ a: "é" });
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(Buffer.concat(chunks).toString("utf8")).toBe('{"a":"é"}');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow();
    expect(await json([1, 2]).text()).toBe("[1,2]");
  });
});
