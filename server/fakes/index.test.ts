// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotifyClient } from "notifications-node-client";
import { GENERIC_TEMPLATE_ID, startAllFakes, type AllFakes } from "./index.ts";

describe("startAllFakes", () => {
  let fakes: AllFakes;
  beforeAll(async () => {
    fakes = await startAllFakes();
  });
  afterAll(() => fakes?.close());

  it("starts all six fakes on random 127.0.0.1 ports with persona accounts and local clients", async () => {
    const urls = Object.values(fakes.urls);
    expect(new Set(urls).size).toBe(6);
    for (const u of urls) expect(u).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const discovery = await (await fetch(`${fakes.urls.oidc}/.well-known/openid-configuration`)).json();
    expect(discovery.issuer).toBe(fakes.urls.oidc);
    expect(fakes.oidc.accounts().map((a) => a.email)).toEqual([
      "anne_wilson@example.org",
      "mary@example.com",
      "patricia@example.com",
      "colin.chapman@education.gov.uk",
      "unknown@example.com",
    ]);
    expect(fakes.env.CLAIMS_DFE_SIGN_IN_CLIENT_ID).toBe("claims-local");
    expect(fakes.env.PLACEMENTS_DFE_SIGN_IN_CLIENT_SECRET).toBe("placements-local-secret");

    const tra = await fetch(`${fakes.env.TEACHING_RECORD_API_URL}/v3/teachers/1234567?dateOfBirth=1991-01-22`, {
      headers: { Authorization: `Bearer ${fakes.env.TEACHING_RECORD_API_KEY}`, "X-Api-Version": "20240416" },
    });
    expect(tra.status).toBe(200);

    const notify = new NotifyClient(fakes.env.NOTIFY_API_URL, fakes.env.NOTIFY_API_KEY);
    await notify.sendEmail(GENERIC_TEMPLATE_ID, "x@example.com", { personalisation: { subject: "s", body: "b" } });
    expect(fakes.notify.sent()).toHaveLength(1);

    const publish = await fetch(`${fakes.urls.publish}/api/public/v1/subject_areas?include=subjects`);
    expect(publish.status).toBe(200);
  });
});
