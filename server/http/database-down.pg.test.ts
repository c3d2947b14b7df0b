import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer } from "#tests/helpers/app-server.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";

/**
 * The database going away under a running app, for real: the app reaches PostgreSQL through a TCP relay that the
 * test cuts (open connections dropped, new ones refused) and restores. PostgreSQL only (`*.pg.test.ts`): the embedded
 * database lives inside the process and cannot go away on its own.
 */
const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
if (!serverUrl) throw new Error("A PostgreSQL-only suite: run it with DATABASE_URL set (npm run test:postgres)");

/** A relay to PostgreSQL on 127.0.0.1 that can be cut and restored on the same port. */
function databaseRelay(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  return {
    start: listen,
    get port() {
      return port;
    },
    /** Drops every open connection and stops listening: connects are refused. */
    cut: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server!.close(() => resolve());
      }),
    restore: listen,
  };
}

describe("the database goes away while the app runs (PostgreSQL)", () => {
  const relay = databaseRelay(new URL(serverUrl));
  let app: Awaited<ReturnType<typeof startAppServer>>;

  // Before useTestDatabase's hooks: the app's connection string goes through the relay.
  beforeAll(async () => {
    await relay.start();
    const url = new URL(process.env.DATABASE_URL!);
    url.host = `127.0.0.1:${relay.port}`;
    process.env.DATABASE_URL = url.toString();
  });
  useTestDatabase();
  beforeAll(async () => {
    app = await startAppServer({
      PERSONAS_ENABLED: "true",
      SESSION_SECRET: "database-down-test-secret-32-chars-long!",
    });
  });
  afterAll(async () => app?.close());

  const personas = () => fetch(`${app.origin}/claims/personas`);

  it("answers the GOV.UK 503 page while it is gone, and recovers without a restart", async () => {
    expect((await personas()).status).toBe(200);

    await relay.cut();
    const down = await personas();
    expect(down.status).toBe(503);
    const html = await down.text();
    expect(html).toContain("Sorry, the service is unavailable");
    expect(html).toMatch(/<title>[^<]*GOV\.UK<\/title>/);

    await relay.restore();
    const back = await personas();
    expect(back.status).toBe(200);
    expect(await back.text()).not.toContain("Sorry, the service is unavailable");
  });
});
