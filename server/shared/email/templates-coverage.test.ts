import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMAIL_TEMPLATES } from "./templates.ts";

/**
 * The e-mail registry is the list of what the services send: every template function in `templates.ts` is in
 * `EMAIL_TEMPLATES` (so support can preview it) and is used by some server code that is not a test (so the
 * registry holds no e-mail the service never sends); and every link an e-mail carries leads to a page that exists.
 */
const TEMPLATES_FILE = "server/shared/email/templates.ts";
const templatesSource = readFileSync(TEMPLATES_FILE, "utf8");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * Non-test server source, without the registry itself; import declarations and comments removed (a name only
 * imported or mentioned is not used).
 */
const serverSource = sourceFiles("server")
  .filter((path) => path !== TEMPLATES_FILE && !path.includes("/fakes/") && !/test-setup\.ts$/.test(path))
  .map((path) => ({
    path,
    text: readFileSync(path, "utf8")
      .replace(/import\s+(type\s+)?\{[^}]*\}\s*from\s*["'][^"']+["'];?/g, "")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/(^|[^:])\/\/.*$/gm, "$1"),
  }));

/** Exported functions of templates.ts that render an e-mail. */
const templateFunctions = [...templatesSource.matchAll(/export function (\w+)\([^()]*\):\s*RenderedEmail\s*\{/g)].map(
  (m) => m[1],
);

/** Functions the registry previews. */
const registrySource = templatesSource.slice(templatesSource.indexOf("export const EMAIL_TEMPLATES"));
const registered = new Set([...registrySource.matchAll(/preview:\s*\(\)\s*=>\s*(\w+)\(/g)].map((m) => m[1]));

/** "claims.support.claims.$claimId._index.tsx" → a pattern for "/claims/support/claims/<any>". */
function routePattern(file: string) {
  const segments = file
    .replace(/\.tsx?$/, "")
    .split(".")
    .filter((s) => s !== "_index" && !s.startsWith("_"))
    .map((s) => (s.startsWith("$") ? "[^/]+" : s.replace(/_$/, "").replace(/[-]/g, "\\-")));
  return new RegExp(`^/${segments.join("/")}/?$`);
}
const routes = readdirSync("app/routes")
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f))
  .map(routePattern);
const routeExists = (path: string) => routes.some((pattern) => pattern.test(path));

describe("the e-mail registry", () => {
  it("finds the template functions", () => {
    expect(templateFunctions.length).toBeGreaterThan(20);
    expect(templateFunctions).toContain("claimsUserInvited");
  });

  it("lists every template function, once", () => {
    expect(templateFunctions.filter((name) => !registered.has(name))).toEqual([]);
    const keys = EMAIL_TEMPLATES.map((t) => `${t.service}:${t.templateKey}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it("holds only e-mails that some server code sends", () => {
    const unused = templateFunctions.filter(
      (name) => !serverSource.some(({ text }) => new RegExp(`\\b${name}\\b`).test(text)),
    );
    expect(unused).toEqual([]);
  });
});

describe("links in e-mails", () => {
  it("every link in a previewed e-mail leads to a page of the app", () => {
    const links = EMAIL_TEMPLATES.flatMap((t) =>
      [...t.preview().body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => ({ name: t.name, url: new URL(m[1]) })),
    );
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !routeExists(l.url.pathname)).map((l) => `${l.name}: ${l.url.pathname}`)).toEqual([]);
  });

  it("every address the server builds for an e-mail leads to a page of the app", () => {
    // `${appOrigin()}/claims/schools/${schoolId}/claims/${claimId}` and "…_LINK_PATH" constants.
    const built = serverSource.flatMap(({ path, text }) => [
      ...[...text.matchAll(/\$\{appOrigin\(\)\}(\/[^`?]*)/g)].map((m) => ({ path, url: m[1] })),
      ...[...text.matchAll(/_LINK_PATH\s*=\s*"(\/[^"?]*)"/g)].map((m) => ({ path, url: m[1] })),
    ]);
    expect(built.length).toBeGreaterThan(10);
    // `${service}` is either service; any other `${…}` is an id.
    const paths = built.flatMap(({ path, url }) =>
      (url.includes("${service}") ? ["claims", "placements"].map((s) => url.replace("${service}", s)) : [url]).map(
        (u) => ({ path, url: u.replace(/\$\{[^}]+\}/g, "x") }),
      ),
    );
    expect(paths.filter(({ url }) => !routeExists(url)).map(({ path, url }) => `${path}: ${url}`)).toEqual([]);
  });
});
