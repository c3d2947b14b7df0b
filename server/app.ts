import { randomUUID } from "node:crypto";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { checkDatabase, getDb } from "./db.ts";
import type { Env } from "./env.ts";
import { errorPageHandler } from "./http/error-handlers.ts";
import { hardenBuild } from "./http/harden-build.ts";
import { remixRequestHandler } from "./http/remix-handler.ts";
import { requestGuards, closeUnreadConnections } from "./http/request-guards.ts";
import { cspNonce, noStoreForDynamicPages, rejectCrossSiteRequests, securityHeaders } from "./http/security.ts";
import { logger } from "./logger.ts";
import { countSqlStatements, SQL_STATEMENTS_PATH, sqlStatementTotals } from "./http/sql-statements.ts";
import { SUGGESTIONS_ENDPOINT, suggestionsApi } from "./http/suggestions-api.ts";
import { requestScope } from "./trpc/request-scope.ts";

export interface AppLoadContext {
  cspNonce: string;
  requestId: string;
  clientIp: string;
}

declare module "@remix-run/node" {
  // Typed load context for every loader and action.
  interface AppLoadContext {
    cspNonce: string;
    requestId: string;
    clientIp: string;
  }
}

/** Builds the Express app around a Remix server build. Listening and shutdown live in index.ts. */
export function createApp({ build, env }: { build: ServerBuild; env: Env }) {
  const production = env.NODE_ENV === "production";
  const app = express();
  app.disable("x-powered-by");
  // Forwarded headers are believed only from the configured number of proxy hops (TRUST_PROXY, default none):
  // otherwise a client could pick its own IP and reset its rate-limit budget.
  app.set("trust proxy", env.TRUST_PROXY > 0 ? env.TRUST_PROXY : false);

  app.use((req, res, next) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("X-Request-Id", requestId);
    // Ours, not the client's: code that only sees the Fetch Request (e.g. the CSRF check) logs it.
    req.headers["x-request-id"] = requestId;
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      if (req.path.startsWith("/assets/") || req.path.startsWith("/build/")) return;
      logger.info(
        {
          requestId,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        "request",
      );
    });
    next();
  });
  app.use(cspNonce);
  const issuerOrigin = env.DFE_SIGN_IN_ISSUER ? new URL(env.DFE_SIGN_IN_ISSUER).origin : undefined;
  app.use(securityHeaders({ production, formActionOrigins: issuerOrigin ? [issuerOrigin] : [] }));
  app.use(closeUnreadConnections);
  app.use(requestGuards({ trustProxy: env.TRUST_PROXY }));
  app.use(compression());

  // Fingerprinted files: cache for a year. govuk-frontend assets: a day.
  const publicDir = path.resolve("public");
  app.use("/build", express.static(path.join(publicDir, "build"), { immutable: true, maxAge: "1y" }));
  app.use("/assets", express.static(path.join(publicDir, "assets"), { maxAge: "1d" }));
  app.get("/favicon.ico", (_req, res) => res.redirect(301, "/assets/images/favicon.ico"));

  // One cache per request for the procedure calls of its loaders (server/trpc/request-scope.ts).
  app.use(requestScope);
  // Bench mode: SQL statements per request (bench/http).
  if (process.env.COUNT_SQL_STATEMENTS === "true") {
    app.use(countSqlStatements);
    app.get(SQL_STATEMENTS_PATH, sqlStatementTotals);
  }

  app.get("/healthcheck", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    const ok = await getDb()
      .then((db) => checkDatabase(db))
      .then((result) => result.ok)
      .catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable", checks: { database: ok ? "ok" : "failed" } });
  });

  app.use(rejectCrossSiteRequests);
  app.use(noStoreForDynamicPages);
  // The autocomplete fields' suggestions: the only tRPC procedures reachable over HTTP.
  app.use(SUGGESTIONS_ENDPOINT, suggestionsApi({ getDb }));

  app.all(
    "*",
    remixRequestHandler({
      build: hardenBuild(build),
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce as string,
        requestId: res.locals.requestId as string,
        clientIp: req.ip ?? "unknown",
      }),
    }),
  );
  app.use(errorPageHandler);

  return app;
}
