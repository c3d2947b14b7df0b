import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The classic Remix compiler drops only *.server.ts(x) modules from the browser bundle. ESLint's
 * `@typescript-eslint/no-restricted-imports` (eslint.config.js) keeps server code out of every other app/ module;
 * these tests prove the rule catches a violation and lets type-only imports through.
 */
const RULE = "@typescript-eslint/no-restricted-imports";
let eslint: ESLint;

async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.line);
}

describe("server-only code stays out of the browser bundle", () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: process.cwd() });
  });

  it("reports a value import of server code in an app/ route", async () => {
    const code = [
      'import { db } from "#server/db.ts";',
      'import { Prisma } from "#prisma/generated/client.ts";',
      'import { logger } from "../../server/logger.ts";',
      'import { readFileSync } from "node:fs";',
      'export { env } from "#server/env.ts";',
      "export const x = [db, Prisma, logger, readFileSync];",
    ].join("\n");
    expect(await boundaryErrors("app/routes/x.tsx", code)).toEqual([1, 2, 3, 4, 5]);
  });

  it("allows type-only imports of server code anywhere in app/", async () => {
    const code = [
      'import type { Db } from "#server/db.ts";',
      'import { type Logger } from "#server/logger.ts";',
      'export type { Env } from "#server/env.ts";',
      "export type X = [Db, Logger];",
    ].join("\n");
    expect(await boundaryErrors("app/routes/x.tsx", code)).toEqual([]);
  });

  it("allows value imports of server code in *.server modules and tests", async () => {
    const code = 'import { db } from "#server/db.ts";\nexport const x = db;\n';
    expect(await boundaryErrors("app/routes/x.server.tsx", code)).toEqual([]);
    expect(await boundaryErrors("app/lib/x.server.ts", code)).toEqual([]);
    expect(await boundaryErrors("app/lib/x.test.ts", code)).toEqual([]);
    expect(await boundaryErrors("server/x.ts", code)).toEqual([]);
  });
});
