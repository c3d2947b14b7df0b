/**
 * Route matching is patched (patches/@remix-run+router+*.patch, patches/@remix-run+react+*.patch,
 * patches/react-router-dom+*.patch): the route tree is ranked once and indexed by each branch's leading segments
 * (static, or dynamic as one "any segment" key), so a request tries only the branches that could match it. These cases pin the router's own rules, which
 * the index must not change: the best-ranked match wins, static segments match case-insensitively, a case-sensitive
 * route does not, and the splat catches what nothing else matches.
 */
import { createRequire } from "node:module";
import type { AgnosticRouteObject } from "@remix-run/router";

// The server loads the CommonJS build (the one patched); import it the same way.
const { matchRoutes } = createRequire(import.meta.url)("@remix-run/router") as typeof import("@remix-run/router");

const routes: AgnosticRouteObject[] = [
  {
    id: "root",
    path: "",
    children: [
      { id: "home", index: true },
      { id: "cookies", path: "claims/cookies" },
      {
        id: "school",
        path: "claims/schools/:schoolId",
        children: [
          { id: "school-index", index: true },
          { id: "school-claims", path: "claims" },
          { id: "school-claim", path: "claims/:claimId" },
          { id: "school-new-claim", path: "claims/new" },
        ],
      },
      { id: "schools-search", path: "claims/schools/search" },
      { id: "any-service-page", path: ":service/accessibility" },
      { id: "any-service-school-details", path: ":service/schools/:schoolId/details" },
      { id: "help", path: "help/:topic?" },
      { id: "exact-case", path: "Exact/Case", caseSensitive: true },
      { id: "docs", path: "docs/*" },
      { id: "not-found", path: "*" },
    ],
  },
];

const matched = (pathname: string) =>
  (matchRoutes(routes, pathname) ?? []).map((m) => `${m.route.id}${JSON.stringify(m.params)}`).join(" > ");

describe("route matching", () => {
  it.each([
    ["/", "root{} > home{}"],
    ["/claims/cookies", "root{} > cookies{}"],
    ["/CLAIMS/Cookies/", "root{} > cookies{}"],
    ["/claims/schools/s1", 'root{"schoolId":"s1"} > school{"schoolId":"s1"} > school-index{"schoolId":"s1"}'],
    ["/claims/schools/s1/claims", 'root{"schoolId":"s1"} > school{"schoolId":"s1"} > school-claims{"schoolId":"s1"}'],
    [
      "/claims/schools/s1/claims/new",
      'root{"schoolId":"s1"} > school{"schoolId":"s1"} > school-new-claim{"schoolId":"s1"}',
    ],
    [
      "/claims/schools/s1/claims/c9",
      'root{"schoolId":"s1","claimId":"c9"} > school{"schoolId":"s1","claimId":"c9"} > school-claim{"schoolId":"s1","claimId":"c9"}',
    ],
    ["/claims/schools/search", "root{} > schools-search{}"],
    ["/placements/accessibility", 'root{"service":"placements"} > any-service-page{"service":"placements"}'],
    [
      "/claims/schools/s1/details",
      'root{"service":"claims","schoolId":"s1"} > any-service-school-details{"service":"claims","schoolId":"s1"}',
    ],
    ["/help", "root{} > help{}"],
    ["/help/mentors", 'root{"topic":"mentors"} > help{"topic":"mentors"}'],
    ["/Exact/Case", "root{} > exact-case{}"],
    ["/exact/case", 'root{"*":"exact/case"} > not-found{"*":"exact/case"}'],
    ["/docs/a/b", 'root{"*":"a/b"} > docs{"*":"a/b"}'],
    ["/claims//cookies", 'root{"*":"claims//cookies"} > not-found{"*":"claims//cookies"}'],
    ["/claims/cookies/more", 'root{"*":"claims/cookies/more"} > not-found{"*":"claims/cookies/more"}'],
  ])("%s → %s", (pathname, expected) => {
    expect(matched(pathname)).toBe(expected);
    // The second look-up uses the cached index of the same route array and must agree.
    expect(matched(pathname)).toBe(expected);
  });

  it("a new route array is indexed on its own", () => {
    const other: AgnosticRouteObject[] = [{ id: "only", path: "claims/cookies" }];
    expect(matchRoutes(other, "/claims/cookies")?.map((m) => m.route.id)).toEqual(["only"]);
    expect(matchRoutes(other, "/claims/schools/s1")).toBeNull();
    expect(matched("/claims/schools/s1")).toContain("school-index");
  });
});
