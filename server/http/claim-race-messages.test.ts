import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaimRow, createUser } from "#tests/factories/index.ts";
import { csrfTokenIn, mergeCookies, startAppServer } from "#tests/helpers/app-server.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { claimsWorld } from "../claims/claim/claim-test-setup.ts";

/**
 * A school user whose submit no longer stands is told why, on a page of the service, instead of "Page not found":
 * another user of the school submitted the draft first, or the claim window closed while the declaration was open.
 */
const getDb = useTestDatabase();
let app: Awaited<ReturnType<typeof startAppServer>>;

beforeAll(async () => {
  app = await startAppServer({ PERSONAS_ENABLED: "true", SESSION_SECRET: "claim-race-test-secret-at-least-32-chars" });
});
afterAll(async () => app?.close());

const get = (path: string, init: RequestInit = {}) => fetch(`${app.origin}${path}`, { redirect: "manual", ...init });

async function signIn(email: string) {
  const page = await get("/claims/personas");
  const cookies = mergeCookies("", page);
  const body = new URLSearchParams({ _csrf: csrfTokenIn(await page.text()), email });
  return mergeCookies(cookies, await get("/claims/personas", { method: "POST", headers: { Cookie: cookies }, body }));
}

/** Opens the declaration page and returns what its form would post. */
async function openDeclaration(cookies: string, path: string) {
  const html = await (await get(path, { headers: { Cookie: cookies } })).text();
  const version = /name="version" value="(\d+)"/.exec(html)?.[1];
  expect(version).toBeDefined();
  return new URLSearchParams({ _csrf: csrfTokenIn(html), version: version! });
}

const submit = (cookies: string, path: string, body: URLSearchParams) =>
  get(path, { method: "POST", headers: { Cookie: cookies }, body });

async function world() {
  const db = await getDb();
  const w = await claimsWorld(db);
  await createUser(db, { email: "anne_wilson@example.org", schoolIds: [w.school.id] });
  await createUser(db, { email: "mary@example.com", schoolIds: [w.school.id] });
  const draft = await createClaimRow(db, {
    schoolId: w.school.id,
    providerId: w.provider.id,
    claimWindowId: w.window.id,
    status: "draft",
    reference: null,
    trainings: [{ mentorId: w.m1.id, hours: 2 }],
  });
  const claims = `/claims/schools/${w.school.id}/claims`;
  return { db, w, claims, claimPath: `${claims}/${draft.id}`, declaration: `${claims}/${draft.id}/submit`, draft };
}

describe("12. messages a school user understands when a submit no longer stands", () => {
  it("another user of the school submitted the draft first: the claims list says it was changed by someone else", async () => {
    const { db, claims, declaration, draft } = await world();
    const anne = await signIn("anne_wilson@example.org");
    const mary = await signIn("mary@example.com");
    const annes = await openDeclaration(anne, declaration);
    const marys = await openDeclaration(mary, declaration);

    const won = await submit(mary, declaration, marys);
    expect(won.status).toBe(303);
    expect(won.headers.get("location")).toMatch(/\/confirmation$/);

    const lost = await submit(anne, declaration, annes);
    expect(lost.status).toBe(303);
    expect(lost.headers.get("location")).toBe(claims);
    const page = await (await get(claims, { headers: { Cookie: anne } })).text();
    expect(page).toContain("govuk-notification-banner");
    expect(page).toContain("This claim has been changed by someone else");
    const claim = await db.claim.findUniqueOrThrow({ where: { id: draft.id }, include: { submittedBy: true } });
    expect(claim.status).toBe("submitted");
    expect(claim.submittedBy?.email).toBe("mary@example.com");
  });

  it("the claim window closed while the declaration was open: the claim page says so, and nothing is submitted", async () => {
    const { db, w, claimPath, declaration, draft } = await world();
    const anne = await signIn("anne_wilson@example.org");
    const form = await openDeclaration(anne, declaration);
    const DAY = 24 * 60 * 60 * 1000;
    await db.claimWindow.update({
      where: { id: w.window.id },
      data: { startsOn: new Date(Date.now() - 30 * DAY), endsOn: new Date(Date.now() - 2 * DAY) },
    });

    const refused = await submit(anne, declaration, form);
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe(claimPath);
    const page = await (await get(claimPath, { headers: { Cookie: anne } })).text();
    expect(page).toContain("You cannot submit the claim because the claim window is closed");
    expect((await db.claim.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");

    // Opening the declaration page again leads to the same message, not "Page not found"
    const again = await get(declaration, { headers: { Cookie: anne } });
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(claimPath);
  });
});
