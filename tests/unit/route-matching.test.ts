import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The server's copy of @remix-run/router (CommonJS, what @remix-run/server-runtime loads), patched by
// patches/@remix-run+router+*.patch to flatten and rank a route tree once instead of on every request.
const requireFromServerRuntime = createRequire(createRequire(import.meta.url).resolve("@remix-run/server-runtime"));
const { matchRoutes } = requireFromServerRuntime("@remix-run/router") as typeof import("@remix-run/router");

type Route = { id: string; path?: string; index?: boolean; children?: Route[] };

function routeTree(): Route[] {
  return [
    {
      id: "root",
      path: "",
      children: [
        { id: "claims-index", path: "claims", index: true },
        { id: "claims-cookies", path: "claims/cookies" },
        { id: "claims-school", path: "claims/schools/:schoolId", children: [{ id: "claim", path: "claims/:claimId" }] },
        { id: "claims-new", path: "claims/schools/:schoolId/claims/new" },
        { id: "splat", path: "*" },
      ],
    },
  ];
}

type AgnosticRoutes = Parameters<typeof matchRoutes>[0];
const leaf = (routes: Route[], path: string) => matchRoutes(routes as AgnosticRoutes, path)?.at(-1)?.route.id;

describe("server route matching (patched @remix-run/router)", () => {
  it("ranks static segments over dynamic ones and splats last, and matches repeatedly with the same result", () => {
    const routes = routeTree();
    for (let i = 0; i < 3; i++) {
      expect(leaf(routes, "/claims/cookies")).toBe("claims-cookies");
      expect(leaf(routes, "/claims/schools/s1/claims/new")).toBe("claims-new");
      expect(leaf(routes, "/claims/schools/s1/claims/c9")).toBe("claim");
      expect(matchRoutes(routes as AgnosticRoutes, "/claims/schools/s1/claims/c9")?.at(-1)?.params).toEqual({
        schoolId: "s1",
        claimId: "c9",
      });
      expect(leaf(routes, "/nowhere")).toBe("splat");
    }
  });

  it("flattens and ranks a route tree once: later changes to the same array are not re-read", () => {
    const routes = routeTree();
    expect(leaf(routes, "/claims/cookies")).toBe("claims-cookies");
    // Renaming a path in place would change the result if the tree were flattened again on this call.
    routes[0]!.children![1]!.path = "claims/renamed";
    expect(leaf(routes, "/claims/cookies")).toBe("claims-cookies");
    // A new route tree (another build) is flattened afresh.
    const other = routeTree();
    other[0]!.children![1]!.path = "claims/renamed";
    expect(leaf(other, "/claims/cookies")).toBe("splat");
    expect(leaf(other, "/claims/renamed")).toBe("claims-cookies");
  });
});
