// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as client from "openid-client";
import { startDfeSignIn, type FakeDfeSignIn } from "./dfe-sign-in.ts";

const REDIRECT = "http://localhost:3000/claims/auth/callback";
const SIGNED_OUT = "http://localhost:3000/claims/signed-out";
const ANNE = {
  sub: "0b3c5a52-4c8b-4d36-9d5e-0f0a1c0e0001",
  email: "anne_wilson@example.org",
  given_name: "Anne",
  family_name: "Wilson",
};
const MARY = {
  sub: "0b3c5a52-4c8b-4d36-9d5e-0f0a1c0e0002",
  email: "mary@example.com",
  given_name: "Mary",
  family_name: "Lawson",
  organisation: { id: "org-1", name: "Hogwarts", urn: "123456" },
};

/** A tiny browser: fetch with manual redirects and a cookie jar (host-wide, path ignored). */
function browser() {
  const jar = new Map<string, string>();
  async function request(url: string | URL, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*expires=/i.test(a) && new Date(a.split("=")[1]).getTime() < Date.now());
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }
  /** GET and follow redirects until leaving `origin` (returns the first off-origin URL) or a 200 page. */
  async function follow(start: string | URL, origin: string): Promise<{ url: URL; res?: Response }> {
    let url = new URL(start);
    for (let i = 0; i < 10; i++) {
      if (url.origin !== origin) return { url };
      const res = await request(url);
      if (res.status >= 300 && res.status < 400) {
        url = new URL(res.headers.get("location")!, url);
        continue;
      }
      return { url, res };
    }
    throw new Error("too many redirects");
  }
  async function postForm(url: string | URL, form: Record<string, string>) {
    return request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    });
  }
  return { request, follow, postForm, jar };
}

describe("fake DfE Sign-in (oidc-provider)", () => {
  let fake: FakeDfeSignIn;
  let config: client.Configuration;

  beforeAll(async () => {
    fake = await startDfeSignIn({
      clients: [
        {
          client_id: "claims-local",
          client_secret: "claims-local-secret",
          redirect_uris: [REDIRECT],
          post_logout_redirect_uris: [SIGNED_OUT],
        },
      ],
      accounts: [ANNE, MARY],
    });
    // openid-client v6 refuses http:// issuers unless allowInsecureRequests is passed (OK for the local fake only).
    config = await client.discovery(new URL(fake.url), "claims-local", "claims-local-secret", undefined, {
      execute: [client.allowInsecureRequests],
    });
  });
  afterAll(() => fake?.close());

  async function signIn(chooseForm: (html: string) => Record<string, string>, scope = "openid email profile") {
    const b = browser();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const authUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT,
      scope,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    const { url: loginUrl, res } = await b.follow(authUrl, fake.url);
    expect(loginUrl.pathname).toMatch(/^\/interaction\//);
    const html = await res!.text();
    expect(html).toContain("Sign in");
    const action = /<form method="post" action="([^"]+\/login)"/.exec(html)![1];
    const posted = await b.postForm(new URL(action, fake.url), chooseForm(html));
    expect(posted.status).toBe(303);
    const { url: callback } = await b.follow(new URL(posted.headers.get("location")!, fake.url), fake.url);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    return { b, callback, verifier, state, nonce };
  }

  it("publishes discovery with the issuer, PKCE S256 and end_session_endpoint", async () => {
    const meta = config.serverMetadata();
    expect(meta.issuer).toBe(fake.url);
    expect(meta.code_challenge_methods_supported).toContain("S256");
    expect(meta.end_session_endpoint).toBe(`${fake.url}/session/end`);
    expect(meta.scopes_supported).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
  });

  it("runs a full authorization code + PKCE flow and returns an ID token with the account's claims", async () => {
    const { callback, verifier, state, nonce } = await signIn((html) => {
      const sub = new RegExp(`value="([^"]+)"><label[^>]*>Anne Wilson`).exec(html)![1];
      return { account: sub };
    });
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    expect(claims.iss).toBe(fake.url);
    expect(claims.aud).toBe("claims-local");
    expect(claims.sub).toBe(ANNE.sub);
    expect(claims.email).toBe("anne_wilson@example.org");
    expect(claims.given_name).toBe("Anne");
    expect(claims.family_name).toBe("Wilson");

    const userinfo = await client.fetchUserInfo(config, tokens.access_token, ANNE.sub);
    expect(userinfo.email).toBe(ANNE.email);
    expect(fake.signIns().at(-1)).toMatchObject({ sub: ANNE.sub, clientId: "claims-local" });
  });

  it("accepts a typed e-mail and releases the organisation claim with the organisation scope", async () => {
    const { callback, verifier, state, nonce } = await signIn(
      () => ({ email: "MARY@example.com" }),
      "openid email profile organisation",
    );
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    expect(tokens.claims()).toMatchObject({ sub: MARY.sub, email: MARY.email, organisation: { name: "Hogwarts" } });
  });

  it("rejects a wrong state and a wrong PKCE verifier", async () => {
    const first = await signIn(() => ({ account: ANNE.sub }));
    const err = await client
      .authorizationCodeGrant(config, first.callback, {
        pkceCodeVerifier: first.verifier,
        expectedState: "not-the-state",
        expectedNonce: first.nonce,
      })
      .catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error & { cause?: Error }).cause?.message ?? (err as Error).message)).toMatch(/state/);

    const second = await signIn(() => ({ account: ANNE.sub }));
    await expect(
      client.authorizationCodeGrant(config, second.callback, {
        pkceCodeVerifier: client.randomPKCECodeVerifier(),
        expectedState: second.state,
        expectedNonce: second.nonce,
      }),
    ).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("requires PKCE", async () => {
    const url = client.buildAuthorizationUrl(config, { redirect_uri: REDIRECT, scope: "openid", state: "x" });
    const { url: back } = await browser().follow(url, fake.url);
    expect(back.searchParams.get("error")).toBe("invalid_request");
    expect(back.searchParams.get("error_description")).toMatch(/PKCE/);
  });

  it("returns access_denied when the tester cancels", async () => {
    const b = browser();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT,
      scope: "openid email",
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: "S256",
      state: "s1",
    });
    const { url: loginUrl } = await b.follow(url, fake.url);
    const res = await b.postForm(new URL(`${loginUrl.pathname}/abort`, fake.url), {});
    const { url: back } = await b.follow(new URL(res.headers.get("location")!, fake.url), fake.url);
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("state")).toBe("s1");
  });

  it("supports RP-initiated logout with a no-JS confirm form", async () => {
    const { b, callback, verifier, state, nonce } = await signIn(() => ({ account: ANNE.sub }));
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    const endUrl = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: SIGNED_OUT,
      state: "bye",
    });
    const { res } = await b.follow(endUrl, fake.url);
    const html = await res!.text();
    expect(html).toContain("Yes, sign me out");
    const action = /<form[^>]*action="([^"]+)"/.exec(html)![1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1];
    const confirmed = await b.postForm(new URL(action, fake.url), { xsrf, logout: "yes" });
    const { url: back } = await b.follow(new URL(confirmed.headers.get("location")!, fake.url), fake.url);
    expect(back.origin + back.pathname).toBe(SIGNED_OUT);
    expect(back.searchParams.get("state")).toBe("bye");

    // The session is gone: a new authorization request shows the login form again.
    const again = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT,
      scope: "openid",
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: "S256",
    });
    const { url: loginUrl } = await b.follow(again, fake.url);
    expect(loginUrl.pathname).toMatch(/^\/interaction\//);
  });
});
