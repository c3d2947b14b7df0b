import type { LoaderFunctionArgs } from "@remix-run/node";
import { expect } from "vitest";
import { countStatements } from "#server/db-statements.ts";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

/**
 * SQL round trips of one page view: Remix runs the loaders of every matched route (root, layouts, page) for one
 * request at once, so they are run together here, as one signed-in user's request (session cookie `token`), and
 * the statements they send are counted. Every loader must answer 200.
 */
export async function pageViewStatements(opts: {
  service: "claims" | "placements";
  path: string;
  params: Record<string, string>;
  loaders: Loader[];
  token: string;
}) {
  const request = new Request(`http://localhost${opts.path}`, {
    headers: { Cookie: `${opts.service}-session=${opts.token}` },
  });
  const context = { cspNonce: "n", requestId: "test", clientIp: "127.0.0.1" };
  const { result, statements } = await countStatements(() =>
    Promise.all(opts.loaders.map((loader) => loader({ request, params: opts.params, context }))),
  );
  for (const response of result) expect((response as Response).status).toBe(200);
  return statements;
}
