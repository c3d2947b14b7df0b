import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";

/** A fresh CSP nonce for every response; passed to Remix through the load context. */
export function cspNonce(_req: Request, res: Response, next: NextFunction) {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
}

/** One headers middleware for every response: HTML, data requests, assets and errors. */
export function securityHeaders({
  production,
  formActionOrigins = [],
}: {
  production: boolean;
  /** Chrome applies form-action to redirects after a POST, so the sign-in provider must be listed. */
  formActionOrigins?: string[];
}) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...formActionOrigins],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
      },
    },
    strictTransportSecurity: production ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" },
  });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Fetch-metadata / Origin check on every unsafe request: the first CSRF layer.
 * The second is the per-form token checked in the Remix action (app/lib/form.server.ts).
 */
export function rejectCrossSiteRequests(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const fetchSite = req.get("sec-fetch-site");
  const origin = req.get("origin");
  const host = req.get("host");
  const crossSite =
    fetchSite === "cross-site" || (origin && origin !== "null" && host && new URL(origin).host !== host);
  if (crossSite || origin === "null") {
    res.status(403).type("text/plain").send("Forbidden");
    return;
  }
  next();
}

/** Signed-in pages must not be cached by the browser or proxies. */
export function noStoreForDynamicPages(_req: Request, res: Response, next: NextFunction) {
  res.setHeader("Cache-Control", "no-store");
  next();
}
