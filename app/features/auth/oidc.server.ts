import { isProduction } from "~/lib/cookies.server";
import { randomBytes } from "node:crypto";
import * as oidc from "openid-client";
import { Authenticator } from "remix-auth";
import { appOrigin, env } from "#server/env.ts";
import { logger } from "#server/logger.ts";
import { safeReturnTo } from "~/lib/session.server";
import type { ServiceName } from "~/lib/services";
import { DfeSignInStrategy, type DfeSignInIdentity } from "./dfe-sign-in-strategy.server";

/**
 * DfE Sign-in (OpenID Connect) for both services: one client id/secret per service, discovery from
 * DFE_SIGN_IN_ISSUER, redirect URIs on APP_ORIGIN (as registered with the provider).
 */
export const callbackPath = (service: ServiceName) => `/${service}/auth/callback`;
export const signedOutPath = (service: ServiceName) => `/${service}/signed-out`;

export function dfeSignInConfigured(service: ServiceName) {
  const config = env();
  const clientId = service === "claims" ? config.CLAIMS_DFE_SIGN_IN_CLIENT_ID : config.PLACEMENTS_DFE_SIGN_IN_CLIENT_ID;
  return Boolean(config.DFE_SIGN_IN_ISSUER && clientId);
}

/** Plain http is accepted only for a local fake provider outside production. */
export function allowsInsecureIssuer(issuer: URL, nodeEnv: string) {
  return (
    nodeEnv !== "production" &&
    issuer.protocol === "http:" &&
    ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname)
  );
}

const configurations = new Map<ServiceName, Promise<oidc.Configuration>>();

/** Discovered once per service and cached; a failed discovery is retried on the next request. */
export function clientConfiguration(service: ServiceName): Promise<oidc.Configuration> {
  let pending = configurations.get(service);
  if (!pending) {
    const config = env();
    const clientId =
      service === "claims" ? config.CLAIMS_DFE_SIGN_IN_CLIENT_ID : config.PLACEMENTS_DFE_SIGN_IN_CLIENT_ID;
    const secret =
      service === "claims" ? config.CLAIMS_DFE_SIGN_IN_CLIENT_SECRET : config.PLACEMENTS_DFE_SIGN_IN_CLIENT_SECRET;
    if (!config.DFE_SIGN_IN_ISSUER || !clientId) return Promise.reject(new Error("DfE Sign-in is not configured"));
    const issuer = new URL(config.DFE_SIGN_IN_ISSUER);
    pending = oidc.discovery(
      issuer,
      clientId,
      secret,
      undefined,
      allowsInsecureIssuer(issuer, config.NODE_ENV) ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    pending.catch((err: unknown) => {
      configurations.delete(service);
      logger.error(
        { service, err: { name: (err as Error)?.name, message: (err as Error)?.message } },
        "DfE Sign-in discovery failed",
      );
    });
    configurations.set(service, pending);
  }
  return pending;
}

let devSecret: string | undefined;
function cookieSecrets() {
  const secret = env().SESSION_SECRET;
  if (secret) return [secret];
  devSecret ??= randomBytes(32).toString("hex");
  return [devSecret];
}

export type VerifiedIdentity = DfeSignInIdentity;

const authenticators = new Map<ServiceName, Authenticator<DfeSignInIdentity>>();

/**
 * remix-auth v4 leaves storing the user to the app: the strategy returns the verified identity and
 * the callback route matches it to a user and starts the session.
 */
export function authenticatorFor(service: ServiceName) {
  let authenticator = authenticators.get(service);
  if (!authenticator) {
    authenticator = new Authenticator<DfeSignInIdentity>();
    authenticator.use(
      new DfeSignInStrategy<DfeSignInIdentity>(
        {
          service,
          configuration: () => clientConfiguration(service),
          redirectUri: `${appOrigin()}${callbackPath(service)}`,
          scope: "openid email profile",
          secrets: cookieSecrets(),
          // Same rule as the session cookies (app/lib/cookies.server.ts): a production build uses
          // Secure + __Host- (browsers accept Secure cookies from http://localhost too).
          secureCookies: isProduction(),
          safeReturnTo: (value) => safeReturnTo(value, "", service) || null,
        },
        async (identity) => identity,
      ),
      strategyName(service),
    );
    authenticators.set(service, authenticator);
  }
  return authenticator;
}

export const strategyName = (service: ServiceName) => `dfe-sign-in-${service}`;

export function strategyFor(service: ServiceName) {
  return authenticatorFor(service).get<DfeSignInStrategy<DfeSignInIdentity>>(strategyName(service))!;
}

/**
 * RP-initiated logout: the provider's end_session URL with id_token_hint and the registered
 * post-logout address. Without a reachable provider, our own signed-out page.
 */
export async function endSessionUrl(service: ServiceName, idToken: string) {
  try {
    const config = await clientConfiguration(service);
    return oidc.buildEndSessionUrl(config, {
      id_token_hint: idToken,
      post_logout_redirect_uri: `${appOrigin()}${signedOutPath(service)}`,
    }).href;
  } catch {
    return signedOutPath(service);
  }
}
