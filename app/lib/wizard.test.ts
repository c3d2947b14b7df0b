import { describe, expect, it } from "vitest";
import { createSession } from "#server/auth/session.ts";
import { createUser } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { sessionCookieName } from "./cookies.server";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "./wizard.server";

const getDb = useTestDatabase();

type State = { name?: string; hasPet?: "yes" | "no"; petName?: string };

/** A journey that branches: the pet-name step exists only when the answer is yes. */
const definition: WizardDefinition<State> = {
  journey: "test.pets",
  steps: (s) => ["name", "has-pet", ...(s.hasPet === "yes" ? ["pet-name"] : []), CHECK_STEP],
  isComplete: (step, s) =>
    step === "name"
      ? Boolean(s.name)
      : step === "has-pet"
        ? Boolean(s.hasPet)
        : step === "pet-name"
          ? Boolean(s.petName)
          : false,
};
const BASE = "/claims/test/new";

async function signedInRequest(path: string, method = "GET") {
  const db = await getDb();
  const user = await createUser(db);
  const token = await createSession(db, { userId: user.id, service: "claims" });
  return (p = path, m = method) =>
    new Request(`http://localhost${p}`, { method: m, headers: { Cookie: `${sessionCookieName("claims")}=${token}` } });
}

function location(response: unknown) {
  expect(response).toBeInstanceOf(Response);
  return (response as Response).headers.get("Location");
}

describe("wizard engine", () => {
  it("starts at the first step with a fresh key", async () => {
    const request = await signedInRequest(BASE);
    const response = await startWizard(request(), definition, BASE);
    expect(location(response)).toMatch(new RegExp(`^${BASE}/[0-9a-f-]{36}/name$`));
  });

  it("branches on answers, keeps them for Back, and returns to check your answers after a change", async () => {
    const request = await signedInRequest(BASE);
    const key = location(await startWizard(request(), definition, BASE))!
      .split("/")
      .at(-2)!;
    let wizard = await openWizard(request(), definition, BASE, key);
    expect(
      location(await wizard.saveAndContinue(request(`${BASE}/${key}/name`, "POST"), "name", { name: "Ann" })),
    ).toBe(`${BASE}/${key}/has-pet`);
    wizard = await openWizard(request(), definition, BASE, key);
    expect(location(await wizard.saveAndContinue(request(), "has-pet", { hasPet: "yes" }))).toBe(
      `${BASE}/${key}/pet-name`,
    );
    wizard = await openWizard(request(), definition, BASE, key);
    expect(wizard.steps).toEqual(["name", "has-pet", "pet-name", CHECK_STEP]);
    expect(wizard.backHref("pet-name", request(), BASE)).toBe(`${BASE}/${key}/has-pet`);
    await wizard.saveAndContinue(request(), "pet-name", { petName: "Rex" });

    // Change link from check your answers: saving goes straight back there.
    wizard = await openWizard(request(), definition, BASE, key);
    const change = request(`${BASE}/${key}/name?change=1`, "POST");
    expect(location(await wizard.saveAndContinue(change, "name", { name: "Anne" }))).toBe(
      `${BASE}/${key}/${CHECK_STEP}`,
    );
    wizard = await openWizard(request(), definition, BASE, key);
    expect(wizard.state).toEqual({ name: "Anne", hasPet: "yes", petName: "Rex" });

    // Answering "no" removes the branch.
    await wizard.saveAndContinue(request(), "has-pet", { hasPet: "no" });
    wizard = await openWizard(request(), definition, BASE, key);
    expect(wizard.steps).toEqual(["name", "has-pet", CHECK_STEP]);
  });

  it("does not let a step be opened before the earlier steps are done", async () => {
    const request = await signedInRequest(BASE);
    const key = location(await startWizard(request(), definition, BASE))!
      .split("/")
      .at(-2)!;
    const wizard = await openWizard(request(), definition, BASE, key);
    let thrown: unknown;
    try {
      wizard.assertReachable(CHECK_STEP);
    } catch (error) {
      thrown = error;
    }
    expect(location(thrown)).toBe(`${BASE}/${key}/name`);
    expect(() => wizard.assertReachable("no-such-step")).toThrow();
  });

  it("keeps each session's state to itself, and forgets it when finished", async () => {
    const request = await signedInRequest(BASE);
    const other = await signedInRequest(BASE);
    const key = location(await startWizard(request(), definition, BASE))!
      .split("/")
      .at(-2)!;
    await expect(openWizard(other(), definition, BASE, key)).rejects.toSatisfy((r) => location(r) === BASE);
    const wizard = await openWizard(request(), definition, BASE, key);
    await wizard.finish();
    await expect(openWizard(request(), definition, BASE, key)).rejects.toSatisfy((r) => location(r) === BASE);
    await expect(openWizard(request(), definition, BASE, "not-a-key")).rejects.toSatisfy(
      (r) => r instanceof Response && r.status === 404,
    );
  });
});
