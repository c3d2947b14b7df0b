import { createCookie, redirect } from "@remix-run/node";
import * as oidc from "openid-client";
import { Strategy } from "remix-auth/strategy";

/**
 * DfE Sign-in as a remix-auth v4 strategy: OpenID Connect authorisation code flow with PKCE (S256),
 * `state` and `nonce`, built on openid-client v6.
 *
 * - `authenticate(POST /<service>/auth/dfe)` starts a flow: it throws a redirect to the provider with
 *   a Set-Cookie for this flow only (name derived from `state`, signed, HttpOnly, SameSite=Lax,
 *   10 minutes) holding state, nonce, code_verifier and the return address.
 * - `authenticate(GET /<service>/auth/callback?code&state)` finishes it: the flow cookie must be
 *   present and valid, openid-client checks state, PKCE, nonce, issuer, audience and the ID token
 *   signature, then `verify` maps the identity to a user. The caller clears the flow cookie
 *   (`clearFlowCookie`) whatever the outcome, so a replayed callback finds no flow.
 * Any failure throws `DfeSignInError` with a reason that is safe to log (no tokens, no codes).
 */
export type DfeSignInIdentity = {
  sub: string;
  email: string;
  firstName?: string;
  lastName?: string;
  idToken: string;
  returnTo: string | null;
};

export type DfeSignInStrategyOptions = {
  /** Part of the strategy and cookie names: "claims" or "placements". */
  service: string;
  /** Discovered client configuration (cached by the caller). */
  configuration: () => Promise<oidc.Configuration>;
  /** Exactly as registered with the provider. */
  redirectUri: string;
  scope?: string;
  /** Signs the flow cookie; the first signs, all verify (rotation). */
  secrets: string[];
  /** Secure cookie with the __Host- prefix (production). */
  secureCookies: boolean;
  /** Cleans the caller's return address (same-site relative paths only). */
  safeReturnTo: (value: string | null) => string | null;
};

export type DfeSignInFailure =
  "missing-state" | "no-flow" | "provider-error" | "token-exchange-failed" | "incomplete-profile" | "discovery-failed";

export class DfeSignInError extends Error {
  constructor(
    readonly reason: DfeSignInFailure,
    /** Safe to log: an OAuth error code or a library error name, never a token. */
    readonly detail?: string,
  ) {
    super(`DfE Sign-in failed: ${reason}${detail ? ` (${detail})` : ""}`);
    this.name = "DfeSignInError";
  }
}

type Flow = { state: string; nonce: string; codeVerifier: string; returnTo: string | null };

const FLOW_MAX_AGE_SECONDS = 10 * 60;
const STATE_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

export class DfeSignInStrategy<User> extends Strategy<User, DfeSignInIdentity> {
  name: string;

  constructor(
    private readonly options: DfeSignInStrategyOptions,
    verify: Strategy.VerifyFunction<User, DfeSignInIdentity>,
  ) {
    super(verify);
    this.name = `dfe-sign-in-${options.service}`;
  }

  async authenticate(request: Request): Promise<User> {
    const url = new URL(request.url);
    if (request.method === "POST") throw await this.start(url);
    return this.finish(request, url);
  }

  /** Set-Cookie that deletes the flow cookie named by this callback's `state`, if it has a usable one. */
  async clearFlowCookie(request: Request): Promise<string | null> {
    const state = new URL(request.url).searchParams.get("state");
    if (!state || !STATE_PATTERN.test(state)) return null;
    return this.flowCookie(state).serialize("", { maxAge: 0, expires: new Date(0) });
  }

  private flowCookie(state: string) {
    const prefix = this.options.secureCookies ? "__Host-" : "";
    // A short digest of the state keeps the name small; the full state is checked inside the value.
    return createCookie(`${prefix}${this.options.service}-dsi-${state.slice(0, 16)}`, {
      httpOnly: true,
      sameSite: "lax",
      secure: this.options.secureCookies,
      path: "/",
      maxAge: FLOW_MAX_AGE_SECONDS,
      secrets: this.options.secrets,
    });
  }

  private async start(url: URL): Promise<Response> {
    const config = await this.configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const flow: Flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier,
      returnTo: this.options.safeReturnTo(url.searchParams.get("returnTo")),
    };
    const authorizationUrl = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri,
      scope: this.options.scope ?? "openid email profile",
      response_type: "code",
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state: flow.state,
      nonce: flow.nonce,
    });
    const cookie = await this.flowCookie(flow.state).serialize(flow);
    return redirect(authorizationUrl.href, { status: 303, headers: { "Set-Cookie": cookie } });
  }

  private async finish(request: Request, url: URL): Promise<User> {
    const state = url.searchParams.get("state");
    if (!state || !STATE_PATTERN.test(state)) throw new DfeSignInError("missing-state");
    const flow = (await this.flowCookie(state).parse(request.headers.get("Cookie"))) as Flow | null;
    if (!flow || typeof flow !== "object" || flow.state !== state) {
      // Absent, expired, tampered with, or already used (the callback deletes it).
      throw new DfeSignInError("no-flow");
    }
    const error = url.searchParams.get("error");
    if (error) throw new DfeSignInError("provider-error", error.replace(/[^\w.-]/g, "").slice(0, 64));

    const config = await this.configuration();
    // The URL the provider redirected to, on the registered origin (not whatever Host header arrived).
    const callbackUrl = new URL(this.options.redirectUri);
    callbackUrl.search = url.search;
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      const e = err as { name?: string; error?: string; code?: string };
      throw new DfeSignInError("token-exchange-failed", (e.error ?? e.code ?? e.name ?? "error").slice(0, 64));
    }
    const claims = tokens.claims();
    const idToken = tokens.id_token;
    if (!claims || !idToken) throw new DfeSignInError("incomplete-profile", "no id_token");
    let email = typeof claims.email === "string" ? claims.email : undefined;
    let firstName = typeof claims.given_name === "string" ? claims.given_name : undefined;
    let lastName = typeof claims.family_name === "string" ? claims.family_name : undefined;
    if (!email) {
      // Some providers release profile claims only from the userinfo endpoint.
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub).catch(() => null);
      email = typeof info?.email === "string" ? info.email : undefined;
      firstName ??= typeof info?.given_name === "string" ? info.given_name : undefined;
      lastName ??= typeof info?.family_name === "string" ? info.family_name : undefined;
    }
    if (!email) throw new DfeSignInError("incomplete-profile", "no email");
    return this.verify({
      sub: claims.sub,
      email,
      firstName,
      lastName,
      idToken,
      returnTo: this.options.safeReturnTo(flow.returnTo),
    });
  }

  private async configuration() {
    try {
      return await this.options.configuration();
    } catch (err) {
      throw new DfeSignInError("discovery-failed", (err as Error).name);
    }
  }
}
