/**
 * Fake DfE Sign-in: a REAL OpenID Connect provider (oidc-provider v9) for development, demos and tests.
 *
 * - issuer = the URL it listens on (http://127.0.0.1:<port>); discovery at /.well-known/openid-configuration
 * - authorization code flow only, PKCE (S256) required for every client
 * - scopes: openid email profile organisation; the ID token carries the claims of the granted scopes
 *   (conformIdTokenClaims: false), so email/given_name/family_name are in the ID token like DfE Sign-in
 * - login: /interaction/:uid is a plain HTML form (no JS) with radios for the known accounts and an optional
 *   free-text e-mail box; "Sign in" posts to /interaction/:uid/login, "Cancel" to /interaction/:uid/abort
 *   (returns error=access_denied to the client)
 * - consent is never shown: all configured clients are first-party, `loadExistingGrant` grants the scopes
 * - RP-initiated logout at /session/end (same path as DfE Sign-in): a form with "Yes, sign me out" button
 *   (works without JS), then redirect to the registered post_logout_redirect_uri
 *
 * Note for clients: openid-client v6 refuses http:// issuers unless you pass
 * `{ execute: [client.allowInsecureRequests] }` to `discovery()` — do that only for this fake.
 */
import { createHash, generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import express from "express";
import type { Request, Response, NextFunction } from "express";
import Provider from "oidc-provider";
import { closeServer, escapeHtml, listen } from "./http-util.ts";

export type FakeOidcClient = {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  /** client_secret_basic (default) or client_secret_post — both are accepted by oidc-provider v9 either way. */
  token_endpoint_auth_method?: "client_secret_basic" | "client_secret_post";
};

export type FakeOidcOrganisation = {
  id: string;
  name: string;
  urn?: string | null;
  ukprn?: string | null;
  category?: { id: string; name: string };
  [key: string]: unknown;
};

export type FakeOidcAccount = {
  sub: string;
  email: string;
  given_name: string;
  family_name: string;
  /** Optional DfE Sign-in style `organisation` claim (released with the `organisation` scope). */
  organisation?: FakeOidcOrganisation;
};

export type StartDfeSignInOptions = {
  port?: number;
  host?: string;
  clients?: FakeOidcClient[];
  accounts?: FakeOidcAccount[];
  /** Accept an e-mail typed into the form that matches no account (creates an ad-hoc account). Default true. */
  allowUnknownEmails?: boolean;
  /** Silence oidc-provider's console warnings. Default true. */
  quiet?: boolean;
};

export type FakeDfeSignIn = {
  url: string;
  issuer: string;
  /** The underlying oidc-provider instance. */
  provider: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  accounts(): FakeOidcAccount[];
  addAccount(account: FakeOidcAccount): void;
  /** Sign-ins completed through the interaction form, newest last. */
  signIns(): { sub: string; email: string; clientId: string; at: Date }[];
  close(): Promise<void>;
};

export const OIDC_SCOPES = ["openid", "email", "profile", "organisation"] as const;

/** Deterministic UUID-shaped id from a string (for ad-hoc accounts and fixtures). */
export function uuidFrom(value: string): string {
  const h = createHash("sha256").update(value).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function namesFromEmail(email: string): { given_name: string; family_name: string } {
  const parts = email
    .split("@")[0]
    .split(/[._-]+/)
    .filter(Boolean);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { given_name: cap(parts[0] ?? "Test"), family_name: cap(parts.slice(1).join(" ") || "User") };
}

/** Minimal per-instance in-memory adapter (the bundled one is process-global and warns loudly). */
function createAdapterClass() {
  type Entry = { payload: Record<string, any>; expiresAt?: number }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const store = new Map<string, Entry>();
  const live = (key: string) => {
    const e = store.get(key);
    if (!e) return undefined;
    if (e.expiresAt && e.expiresAt < Date.now()) {
      store.delete(key);
      return undefined;
    }
    return e;
  };
  return class MemoryAdapter {
    name: string;
    constructor(name: string) {
      this.name = name;
    }
    key(id: string) {
      return `${this.name}:${id}`;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- oidc-provider ships no types
    async upsert(id: string, payload: Record<string, any>, expiresIn?: number) {
      store.set(this.key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
    }
    async find(id: string) {
      return live(this.key(id))?.payload;
    }
    async findByUid(uid: string) {
      for (const [key] of store) {
        if (!key.startsWith(`${this.name}:`)) continue;
        const e = live(key);
        if (e?.payload.uid === uid) return e.payload;
      }
      return undefined;
    }
    async findByUserCode(userCode: string) {
      for (const [key] of store) {
        if (!key.startsWith(`${this.name}:`)) continue;
        const e = live(key);
        if (e?.payload.userCode === userCode) return e.payload;
      }
      return undefined;
    }
    async consume(id: string) {
      const e = live(this.key(id));
      if (e) e.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, e] of store) if (e.payload.grantId === grantId) store.delete(key);
    }
  };
}

const STYLE = `body{font-family:Arial,sans-serif;margin:0;color:#0b0c0c}header{background:#0b0c0c;color:#fff;padding:10px 30px;font-weight:bold}
main{max-width:640px;margin:30px auto;padding:0 15px}h1{font-size:2rem}fieldset{border:0;padding:0;margin:0 0 20px}
.radio{margin:8px 0}label{margin-left:6px}input[type=email]{font-size:1rem;padding:5px;width:100%;max-width:400px}
button{font-size:1.1rem;padding:8px 12px;margin-right:10px;background:#00703c;color:#fff;border:0;cursor:pointer}
button.secondary{background:#f3f2f1;color:#0b0c0c}.hint{color:#505a5f}.error{color:#d4351c;font-weight:bold}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} – DfE Sign-in (fake)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><header>DfE Sign-in (local fake)</header><main>${body}</main></body></html>`;
}

export async function startDfeSignIn(opts: StartDfeSignInOptions = {}): Promise<FakeDfeSignIn> {
  const host = opts.host ?? "127.0.0.1";
  const allowUnknown = opts.allowUnknownEmails ?? true;
  const accountsBySub = new Map<string, FakeOidcAccount>();
  for (const a of opts.accounts ?? []) accountsBySub.set(a.sub, a);
  const findByEmail = (email: string) =>
    [...accountsBySub.values()].find((a) => a.email.toLowerCase() === email.trim().toLowerCase());
  const signIns: { sub: string; email: string; clientId: string; at: Date }[] = [];

  const app = express();
  app.disable("x-powered-by");
  const server = createServer(app);
  const url = await listen(server, opts.port ?? 0, host);
  const port = new URL(url).port;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: randomUUID(), use: "sig", alg: "RS256" };

  const quiet = opts.quiet ?? true;
  const origWarn = console.warn;
  const origInfo = console.info;
  if (quiet) {
    // oidc-provider prints "attention" notices through console.warn/info while constructing.
    console.warn = () => {};
    console.info = () => {};
  }
  let provider: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    provider = new Provider(url, {
      adapter: createAdapterClass(),
      clients: (opts.clients ?? []).map((c) => ({
        client_id: c.client_id,
        client_secret: c.client_secret,
        redirect_uris: c.redirect_uris,
        post_logout_redirect_uris: c.post_logout_redirect_uris ?? [],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: c.token_endpoint_auth_method ?? "client_secret_basic",
      })),
      jwks: { keys: [jwk] },
      cookies: {
        // Port in the names: browsers scope cookies by host, not port, so two fakes (or the app) on
        // 127.0.0.1 must not overwrite each other. No `secure` flag: this runs on plain http.
        names: {
          session: `_fake_dsi_${port}_session`,
          interaction: `_fake_dsi_${port}_interaction`,
          resume: `_fake_dsi_${port}_interaction_resume`,
        },
        long: { httpOnly: true, sameSite: "lax" },
        short: { httpOnly: true, sameSite: "lax" },
        keys: [randomBytes(32).toString("hex")],
      },
      pkce: { required: () => true },
      scopes: [...OIDC_SCOPES],
      claims: {
        openid: ["sub"],
        email: ["email", "email_verified"],
        profile: ["given_name", "family_name", "name"],
        organisation: ["organisation"],
      },
      conformIdTokenClaims: false,
      features: {
        devInteractions: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- oidc-provider ships no types
          async logoutSource(ctx: any, form: string) {
            ctx.type = "html";
            ctx.body = page(
              "Sign out",
              `<h1>Sign out</h1><p>Do you want to sign out of DfE Sign-in?</p>${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button type="submit" form="op.logoutForm" class="secondary">No, stay signed in</button>`,
            );
          },
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- oidc-provider ships no types
          async postLogoutSuccessSource(ctx: any) {
            ctx.type = "html";
            ctx.body = page("Signed out", `<h1>You have signed out</h1><p>You have signed out of DfE Sign-in.</p>`);
          },
        },
      },
      interactions: { url: async (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
      ttl: {
        AccessToken: 3600,
        AuthorizationCode: 600,
        IdToken: 3600,
        Interaction: 3600,
        Session: 14 * 24 * 3600,
        Grant: 14 * 24 * 3600,
        RefreshToken: 24 * 3600,
      },
      async findAccount(_ctx: unknown, sub: string) {
        const account = accountsBySub.get(sub);
        if (!account) return undefined;
        return {
          accountId: sub,
          async claims() {
            return {
              sub,
              email: account.email,
              email_verified: true,
              given_name: account.given_name,
              family_name: account.family_name,
              name: `${account.given_name} ${account.family_name}`.trim(),
              ...(account.organisation ? { organisation: account.organisation } : {}),
            };
          },
        };
      },
      // First-party clients only: grant the supported scopes without a consent screen.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- oidc-provider ships no types
      async loadExistingGrant(ctx: any) {
        const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
        let grant = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
        if (!grant) {
          grant = new ctx.oidc.provider.Grant({
            clientId: ctx.oidc.client.clientId,
            accountId: ctx.oidc.session.accountId,
          });
        }
        grant.addOIDCScope(OIDC_SCOPES.join(" "));
        await grant.save();
        return grant;
      },
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- oidc-provider ships no types
      async renderError(ctx: any, out: Record<string, string>) {
        ctx.type = "html";
        ctx.body = page(
          "Error",
          `<h1>Sorry, there is a problem</h1>${Object.entries(out)
            .map(([k, v]) => `<p><strong>${escapeHtml(k)}</strong>: ${escapeHtml(v)}</p>`)
            .join("")}`,
        );
      },
    });
  } finally {
    console.warn = origWarn;
    console.info = origInfo;
  }

  const form = express.urlencoded({ extended: false });
  const renderLogin = (uid: string, clientId: string, loginHint: string | undefined, error?: string) => {
    const accounts = [...accountsBySub.values()];
    const hint = loginHint?.toLowerCase();
    const radios = accounts
      .map((a, i) => {
        const checked = hint ? a.email.toLowerCase() === hint : false;
        return `<div class="radio"><input type="radio" id="account-${i}" name="account" value="${escapeHtml(a.sub)}"${
          checked ? " checked" : ""
        }><label for="account-${i}">${escapeHtml(`${a.given_name} ${a.family_name}`)} (${escapeHtml(a.email)})</label></div>`;
      })
      .join("\n");
    return page(
      "Sign in",
      `<h1>Sign in</h1>
<p class="hint">Signing in to <strong>${escapeHtml(clientId)}</strong>. This is a local fake of DfE Sign-in: no password is needed.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<fieldset><legend>Choose an account</legend>
${radios}
</fieldset>
<p><label for="email">Or enter an e-mail address</label><br><input type="email" id="email" name="email" autocomplete="off" value=""></p>
<button type="submit">Sign in</button>
</form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><p><button type="submit" class="secondary">Cancel</button></p></form>`,
    );
  };

  const wrap =
    (fn: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response, next: NextFunction) =>
      fn(req, res).catch(next);

  app.get("/_fake/accounts", (_req, res) => {
    res.json([...accountsBySub.values()]);
  });

  app.get(
    "/interaction/:uid",
    wrap(async (req, res) => {
      const details = await provider.interactionDetails(req, res);
      const { uid, prompt, params, session } = details;
      if (prompt.name === "login") {
        res.type("html").send(renderLogin(uid, String(params.client_id), params.login_hint as string | undefined));
        return;
      }
      // Any other prompt (consent): first-party, so grant what is missing and continue.
      let grant = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
      if (!grant) grant = new provider.Grant({ accountId: session?.accountId, clientId: params.client_id });
      const d = prompt.details ?? {};
      if (d.missingOIDCScope) grant.addOIDCScope(d.missingOIDCScope.join(" "));
      if (d.missingOIDCClaims) grant.addOIDCClaims(d.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(d.missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, (scopes as string[]).join(" "));
      }
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    }),
  );

  app.post(
    "/interaction/:uid/login",
    form,
    wrap(async (req, res) => {
      const details = await provider.interactionDetails(req, res);
      const typed = String(req.body?.email ?? "").trim();
      const chosen = String(req.body?.account ?? "");
      let account: FakeOidcAccount | undefined;
      if (typed) {
        account = findByEmail(typed);
        if (!account && allowUnknown && /^[^@\s]+@[^@\s]+$/.test(typed)) {
          account = { sub: uuidFrom(typed.toLowerCase()), email: typed, ...namesFromEmail(typed) };
          accountsBySub.set(account.sub, account);
        }
      } else if (chosen) {
        account = accountsBySub.get(chosen);
      }
      if (!account) {
        res
          .status(400)
          .type("html")
          .send(
            renderLogin(
              details.uid,
              String(details.params.client_id),
              undefined,
              typed ? "No account with that e-mail address" : "Choose an account or enter an e-mail address",
            ),
          );
        return;
      }
      signIns.push({
        sub: account.sub,
        email: account.email,
        clientId: String(details.params.client_id),
        at: new Date(),
      });
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub } },
        { mergeWithLastSubmission: false },
      );
    }),
  );

  app.post(
    "/interaction/:uid/abort",
    wrap(async (req, res) => {
      await provider.interactionFinished(
        req,
        res,
        { error: "access_denied", error_description: "End-User aborted interaction" },
        { mergeWithLastSubmission: false },
      );
    }),
  );

  app.use("/interaction", (err: Error, _req: Request, res: Response, _next: NextFunction) => {
    res
      .status(400)
      .type("html")
      .send(
        page("Error", `<h1>Sorry, there is a problem</h1><p>${escapeHtml(err.name)}: ${escapeHtml(err.message)}</p>`),
      );
  });

  app.use(provider.callback());

  return {
    url,
    issuer: url,
    provider,
    accounts: () => [...accountsBySub.values()],
    addAccount: (a) => void accountsBySub.set(a.sub, a),
    signIns: () => [...signIns],
    close: () => closeServer(server),
  };
}
