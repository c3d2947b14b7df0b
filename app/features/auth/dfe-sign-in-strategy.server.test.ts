// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as oidc from "openid-client";
import { startDfeSignIn, type FakeDfeSignIn } from "#server/fakes/dfe-sign-in.ts";
import { DfeSignInError, DfeSignInStrategy, type DfeSignInIdentity } from "./dfe-sign-in-strategy.server";
import { allowsInsecureIssuer } from "./oidc.server";

/** The real local OpenID provider (no mocks): the strategy discovers it and runs the whole flow. */
const APP = "http://localhost:3999";
const REDIRECT = `${APP}/claims/auth/callback`;
const ANNE = {
  sub: "0b3c5a52-4c8b-4d36-9d5e-0f0a1c0e0001",
  email: "Anne_Wilson@Example.org",
  given_name: "Anne",
  family_name: "Wilson",
};

let fake: FakeDfeSignIn;
let strategy: DfeSignInStrategy<DfeSignInIdentity>;

beforeAll(async () => {
  fake = await startDfeSignIn({
    clients: [{ client_id: "claims-test", client_secret: "claims-test-secret", redirect_uris: [REDIRECT] }],
    accounts: [ANNE],
  });
  const configuration = oidc.discovery(new URL(fake.url), "claims-test", "claims-test-secret", undefined, {
    execute: [oidc.allowInsecureRequests],
  });
  strategy = new DfeSignInStrategy(
    {
      service: "claims",
      configuration: () => configuration,
      redirectUri: REDIRECT,
      secrets: ["test-secret-test-secret-test-secret"],
      secureCookies: false,
      safeReturnTo: (v) => (v && v.startsWith("/") && !v.startsWith("//") ? v : null),
    },
    async (identity) => identity,
  );
});
afterAll(() => fake?.close());

function cookiePair(setCookie: string) {
  return setCookie.split(";")[0];
}

async function start(returnTo?: string) {
  const url = `${APP}/claims/auth/dfe${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ""}`;
  const thrown = await strategy.authenticate(new Request(url, { method: "POST" })).catch((e: unknown) => e);
  expect(thrown).toBeInstanceOf(Response);
  return thrown as Response;
}

/** Follows the provider's login as a browser would, returning the callback URL it sends us to. */
async function loginAtProvider(authorizationUrl: string) {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return res;
  };
  let url = authorizationUrl;
  let res = await send(url);
  while (res.status >= 300 && res.status < 400) {
    url = new URL(res.headers.get("location")!, url).href;
    res = await send(url);
  }
  const action = /<form method="post" action="([^"]+\/login)"/.exec(await res.text())![1];
  res = await send(new URL(action, fake.url).href, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ account: ANNE.sub }).toString(),
  });
  for (;;) {
    url = new URL(res.headers.get("location")!, url).href;
    if (url.startsWith(REDIRECT)) return url;
    res = await send(url);
  }
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DfeSignInError);
  return (error as DfeSignInError).reason;
}

describe("DfeSignInStrategy", () => {
  it("starts with a redirect to the provider: code flow, PKCE S256, state, nonce, and a per-flow cookie", async () => {
    const response = await start("/claims/schools?x=1");
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("Location")!);
    expect(location.origin).toBe(fake.url);
    const p = location.searchParams;
    expect(p.get("response_type")).toBe("code");
    expect(p.get("client_id")).toBe("claims-test");
    expect(p.get("redirect_uri")).toBe(REDIRECT);
    expect(p.get("code_challenge_method")).toBe("S256");
    expect(p.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(p.get("state")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(p.get("nonce")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = response.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(new RegExp(`^claims-dsi-${p.get("state")!.slice(0, 16)}=`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=600/);
    // The verifier never leaves in the URL.
    expect(location.href).not.toContain("code_verifier");
  });

  it("finishes the flow with the provider and returns the verified identity and return address", async () => {
    const response = await start("/claims/schools?x=1");
    const callback = await loginAtProvider(response.headers.get("Location")!);
    const request = new Request(callback, { headers: { Cookie: cookiePair(response.headers.get("Set-Cookie")!) } });
    const identity = await strategy.authenticate(request);
    expect(identity).toMatchObject({
      sub: ANNE.sub,
      email: ANNE.email,
      firstName: "Anne",
      lastName: "Wilson",
      returnTo: "/claims/schools?x=1",
    });
    expect(identity.idToken).toMatch(/^ey/);
    // Replaying the same callback, even with the flow cookie, fails: the code is single-use.
    expect(await failure(strategy.authenticate(new Request(callback, { headers: request.headers })))).toBe(
      "token-exchange-failed",
    );
    // And the callback route deletes the flow cookie.
    expect(await strategy.clearFlowCookie(request)).toMatch(/Max-Age=0/);
  });

  it("drops an unsafe return address", async () => {
    const response = await start("//evil.example/");
    const callback = await loginAtProvider(response.headers.get("Location")!);
    const identity = await strategy.authenticate(
      new Request(callback, { headers: { Cookie: cookiePair(response.headers.get("Set-Cookie")!) } }),
    );
    expect(identity.returnTo).toBeNull();
  });

  it("refuses a callback without state, without its flow cookie, or with a forged cookie", async () => {
    expect(await failure(strategy.authenticate(new Request(`${REDIRECT}?code=x`)))).toBe("missing-state");
    const response = await start();
    const state = new URL(response.headers.get("Location")!).searchParams.get("state")!;
    const callback = `${REDIRECT}?code=x&state=${state}`;
    expect(await failure(strategy.authenticate(new Request(callback)))).toBe("no-flow");
    const [name] = cookiePair(response.headers.get("Set-Cookie")!).split("=");
    const forged = `${name}=${Buffer.from(JSON.stringify({ state, nonce: "n", codeVerifier: "v", returnTo: null })).toString("base64")}`;
    expect(await failure(strategy.authenticate(new Request(callback, { headers: { Cookie: forged } })))).toBe(
      "no-flow",
    );
    // Another flow's cookie does not fit this state.
    const other = await start();
    const otherCookie = cookiePair(other.headers.get("Set-Cookie")!).replace(/^[^=]+/, name);
    expect(await failure(strategy.authenticate(new Request(callback, { headers: { Cookie: otherCookie } })))).toBe(
      "no-flow",
    );
  });

  it("reports an error sent back by the provider", async () => {
    const response = await start();
    const state = new URL(response.headers.get("Location")!).searchParams.get("state")!;
    const request = new Request(`${REDIRECT}?error=access_denied&state=${state}`, {
      headers: { Cookie: cookiePair(response.headers.get("Set-Cookie")!) },
    });
    const error = await strategy.authenticate(request).catch((e: DfeSignInError) => e);
    expect(error).toMatchObject({ reason: "provider-error", detail: "access_denied" });
  });

  it("accepts plain http only for a local issuer outside production", () => {
    expect(allowsInsecureIssuer(new URL("http://127.0.0.1:3101"), "development")).toBe(true);
    expect(allowsInsecureIssuer(new URL("http://localhost:3101"), "test")).toBe(true);
    expect(allowsInsecureIssuer(new URL("http://127.0.0.1:3101"), "production")).toBe(false);
    expect(allowsInsecureIssuer(new URL("http://signin.example.com"), "development")).toBe(false);
    expect(allowsInsecureIssuer(new URL("https://localhost"), "development")).toBe(false);
  });
});
