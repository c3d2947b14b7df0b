import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Listen on 127.0.0.1 (port 0 = random) and resolve the bound base URL. */
export function listen(server: Server, port = 0, host = "127.0.0.1"): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      const { port: bound } = server.address() as AddressInfo;
      resolve(`http://${host}:${bound}`);
    });
  });
}

/** Close a server, dropping keep-alive connections so tests do not hang. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Small deterministic PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fault injection shared by the HTTP fakes: a fixed or changeable delay, "fail the next N requests with status S",
 * and a down switch (every request fails with 500 until switched back).
 */
export function createFaults(initialDelayMs = 0) {
  let delayMs = initialDelayMs;
  let down = false;
  const queue: number[] = [];
  return {
    get delayMs() {
      return delayMs;
    },
    setDelay(ms: number) {
      delayMs = ms;
    },
    setDown(value: boolean) {
      down = value;
    },
    get down() {
      return down;
    },
    failNext(count = 1, status = 500) {
      for (let i = 0; i < count; i++) queue.push(status);
    },
    reset() {
      delayMs = initialDelayMs;
      down = false;
      queue.length = 0;
    },
    /** Wait for the delay; then the status to fail with, or undefined to carry on. */
    async take(): Promise<number | undefined> {
      if (delayMs > 0) await sleep(delayMs);
      if (down) return 500;
      return queue.shift();
    },
  };
}
export type Faults = ReturnType<typeof createFaults>;

type MiniApp = {
  post(
    path: string,
    handler: (req: { query: Record<string, unknown> }, res: { json(body: unknown): void }) => void,
  ): unknown;
};

/**
 * Dev/test control routes so another process (e.g. Playwright against `tsx server/fakes/cli.ts`) can inject faults:
 * POST /_fake/fail?status=500&count=1, POST /_fake/down?value=true|false, POST /_fake/delay?ms=1000, POST /_fake/reset
 */
export function mountFaultRoutes(app: MiniApp, faults: Faults, onReset?: () => void) {
  app.post("/_fake/fail", (req, res) => {
    faults.failNext(Number(req.query.count ?? 1), Number(req.query.status ?? 500));
    res.json({ ok: true });
  });
  app.post("/_fake/down", (req, res) => {
    faults.setDown(String(req.query.value ?? "true") !== "false");
    res.json({ ok: true, down: faults.down });
  });
  app.post("/_fake/delay", (req, res) => {
    faults.setDelay(Number(req.query.ms ?? 0));
    res.json({ ok: true, delayMs: faults.delayMs });
  });
  app.post("/_fake/reset", (_req, res) => {
    faults.reset();
    onReset?.();
    res.json({ ok: true });
  });
}
