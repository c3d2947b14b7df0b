import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverValueUses } from "#tests/helpers/server-only-values.ts";

/**
 * A non-server app/ module must not use a value from a `*.server` module where the browser evaluates it: the browser
 * build replaces that module with an empty one (a `*_PATH` constant is `undefined` in the page, a module-level read of
 * it stops hydration). Put shared constants in a non-server module (e.g. `paths.ts` next to the feature).
 */
function appModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return appModules(file);
    if (!/\.tsx?$/.test(entry.name) || /\.(server|test)\.tsx?$/.test(entry.name) || entry.name.endsWith(".d.ts")) {
      return [];
    }
    return [file];
  });
}

const lines = (file: string, code: string) => serverValueUses(file, code).map((use) => [use.line, use.name]);

describe("values from *.server modules in browser modules", () => {
  it("reports constants and module-level reads, allows types and server-only exports", () => {
    const code = [
      'import { PATH, journey, listLoader, stepLoader, type Data } from "./x.server";', // 1
      'import type { Other } from "./y.server";', // 2
      'import * as ns from "~/lib/z.server";', // 3
      'export { saveAction as action, uploadHandle as handle } from "./x.server";', // 4
      'export { helper } from "./x.server";', // 5
      "export const loader = listLoader;", // 6
      "export async function action(args: unknown) { return journey.stepAction(args); }", // 7
      "export const headers = (args: unknown) => ns.headers(args);", // 8
      "export const meta = journey.meta;", // 9
      "type T = Data | Other | typeof stepLoader;", // 10
      "export default function Page() { const d: T = null!; return <a href={PATH}>{String(d)}</a>; }", // 11
      "const steps = { PATH };", // 12
    ].join("\n");
    expect(lines("app/features/x/page.tsx", code)).toEqual([
      [5, "helper"],
      [9, "journey"],
      [11, "PATH"],
      [12, "PATH"],
    ]);
  });

  it("reports a module-level property read as a loader", () => {
    const code = 'import { journey } from "./x.server";\nexport const loader = journey.stepLoader;\n';
    expect(lines("app/features/x/page.tsx", code)).toEqual([[2, "journey"]]);
  });

  it("finds none in app/", () => {
    const found = appModules("app").flatMap((file) =>
      serverValueUses(file, readFileSync(file, "utf8")).map((use) => `${file}:${use.line} ${use.name} (${use.reason})`),
    );
    expect(found).toEqual([]);
  });
});
