import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The classic Remix compiler drops only *.server.ts modules from the browser bundle. Any other
 * app/ module that imports server code (or Node-only libraries) would ship it to the browser,
 * or break the build. This test is the lint rule for that boundary.
 */
const APP = path.resolve("app");
const FORBIDDEN = [/^#server\//, /^#prisma\//, /^(\.\.\/)+server\//, /^(\.\.\/)+prisma\//, /^node:/];
/** Value imports and re-exports (type-only ones vanish at build time), across line breaks. */
const IMPORT = /(?:^|\n)\s*(?:import|export)(?!\s+type\b)[^;'"]*?from\s+["']([^"']+)["']/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const clientVisible = files(APP).filter(
  (file) => !/\.server\.(ts|tsx)$/.test(file) && !/\.test\.(ts|tsx)$/.test(file) && !file.endsWith("entry.server.tsx"),
);

describe("server-only code stays out of the browser bundle", () => {
  it("finds the app modules", () => {
    expect(clientVisible.length).toBeGreaterThan(10);
  });

  it.each(clientVisible.map((f) => [path.relative(process.cwd(), f)]))("%s imports no server code", (file) => {
    const source = readFileSync(file, "utf8");
    const offending = [...source.matchAll(IMPORT)]
      .map((match) => match[1])
      .filter((specifier) => FORBIDDEN.some((pattern) => pattern.test(specifier)));
    expect(offending).toEqual([]);
  });
});
