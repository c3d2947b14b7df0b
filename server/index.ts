import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createApp } from "./app.ts";
import { closeDb, getDb } from "./db.ts";
import { env } from "./env.ts";
import { answerClientErrors } from "./http/error-handlers.ts";
import { logger, sendConsoleToLogger } from "./logger.ts";
import { startBackground } from "./jobs/start.ts";

/**
 * Process entry point: checks configuration, opens (and for the embedded database, migrates and seeds)
 * the database before listening, and shuts down gracefully on SIGTERM/SIGINT.
 */
async function main() {
  // Every log line is JSON: libraries' console warnings (e.g. Remix's "No routes matched") included.
  sendConsoleToLogger();
  // Local fake external services first: they fill in the URLs the configuration then reads.
  if (env().START_FAKES) {
    const { startDevFakes } = await import("./fakes/dev.ts");
    await startDevFakes();
  }
  const config = env();
  await getDb();
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const app = createApp({ build, env: config });
  const stopBackground = await startBackground();

  const server = app.listen(config.PORT, () => {
    logger.info(
      {
        port: config.PORT,
        database: config.DATABASE_URL ? "postgresql" : "embedded",
        urls: [`http://localhost:${config.PORT}/claims`, `http://localhost:${config.PORT}/placements`],
      },
      `listening: ITT Mentor Services on http://localhost:${config.PORT}/claims and /placements`,
    );
  });
  answerClientErrors(server);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(async () => {
      await stopBackground();
      await closeDb();
      process.exit(0);
    });
    server.closeIdleConnections?.();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
process.on("uncaughtException", (err) => {
  logger.fatal({ err }, "uncaught exception");
  process.exit(1);
});

main().catch((err) => {
  // On stderr, as one JSON line like every other log line: the operator sees why it did not start.
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${JSON.stringify({ level: 60, time: new Date().toISOString(), msg })}\n`);
  process.exit(1);
});
