import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { logger } from "../logger.ts";
import { pooledRandomBytes } from "../shared/pooled-random-bytes.ts";
import { sendErrorPage } from "./error-page.tsx";

/** A fresh CSP nonce for every response; passed to Remix through the load context. */
export function cspNonce(_req: Request, res: Response, next: NextFunction) {
  res.locals.cspNonce = pooledRandomBytes(16).toString("base64");
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
  const helmetHeaders = helmet({
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
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    helmetHeaders(req, res, next);
  };
}

/** No page uses a powerful browser feature: turn them all off, for this origin and any frame. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "identity-credentials-get=()",
  "idle-detection=()",
  "interest-cohort=()",
  "local-fonts=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-create=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "web-share=()",
  "xr-spatial-tracking=()",
].join(", ");

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Fetch-metadata / Origin check on every unsafe request: the first CSRF layer.
 * The second is the per-form token checked in the Remix action (app/lib/form.server.ts).
 */
export function rejectCrossSiteRequests(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const fetchSite = req.get("sec-fetch-site");
  const origin = req.get("origin");
  const reason =
    fetchSite === "cross-site"
      ? "cross-site request (Sec-Fetch-Site)"
      : origin !== undefined && !sameOrigin(origin, req.get("host"))
        ? "cross-site request (Origin)"
        : null;
  if (reason) {
    logger.warn(
      { requestId: res.locals.requestId, method: req.method, path: req.path, reason, origin: origin?.slice(0, 200) },
      "denied: cross-site request",
    );
    sendErrorPage(req, res, 403);
    return;
  }
  next();
}

/** An Origin header is same-origin only if it parses as exactly http(s)://<our Host>; "null" and garbage are not. */
function sameOrigin(origin: string, host: string | undefined) {
  if (!host) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (
    (url.protocol === "https:" || url.protocol === "http:") && url.origin === origin && url.host === host.toLowerCase()
  );
}

/** Signed-in pages must not be cached by the browser or proxies. */
export function noStoreForDynamicPages(_req: Request, res: Response, next: NextFunction) {
  res.setHeader("Cache-Control", "no-store");
  next();
}
