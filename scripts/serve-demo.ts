/**
 * `npm start` (after the build): the local demo. Persona sign-in, local fakes, and the demo override so a
 * production build (NODE_ENV=production npm start) runs as a demo too. A production build still needs a
 * SESSION_SECRET (the override does not lift that): unless one is given, the demo makes one once and keeps
 * it in .data/session-secret (readable by this user only), so CSRF tokens survive restarts.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

process.env.PERSONAS_ENABLED ??= "true";
process.env.START_FAKES ??= "true";
process.env.ALLOW_PERSONAS_IN_PRODUCTION ??= "true";
if (!process.env.SESSION_SECRET) {
  const file = path.resolve(".data/session-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  process.env.SESSION_SECRET = readFileSync(file, "utf8").trim();
}

await import("../server/index.ts");
