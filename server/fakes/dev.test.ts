// @vitest-environment node
import { afterEach, describe, expect, it } from "vitest";
import { devFakePorts, startDevFakes, type DevFakes } from "./dev.ts";

describe("startDevFakes", () => {
  let fakes: DevFakes | undefined;
  const saved = { ...process.env };
  afterEach(async () => {
    await fakes?.close();
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  });

  it("derives ports from FAKES_PORT_BASE or the FAKE_*_PORT variables", () => {
    expect(devFakePorts({})).toEqual({
      oidc: 3101,
      teachingRecord: 3102,
      notify: 3103,
      publish: 3104,
      geocoder: 3105,
      routing: 3106,
    });
    expect(devFakePorts({ FAKES_PORT_BASE: "3310", FAKE_NOTIFY_PORT: "4000" })).toEqual({
      oidc: 3311,
      teachingRecord: 3312,
      notify: 4000,
      publish: 3314,
      geocoder: 3315,
      routing: 3316,
    });
    expect(() => devFakePorts({ FAKE_OIDC_PORT: "nope" })).toThrow(/FAKE_OIDC_PORT/);
  });

  it("starts the fakes, registers APP_ORIGIN redirect URIs and fills unset env variables", async () => {
    delete process.env.DFE_SIGN_IN_ISSUER;
    process.env.NOTIFY_API_KEY = "already-set";
    fakes = await startDevFakes({
      env: {
        FAKE_OIDC_PORT: "0",
        FAKE_TRA_PORT: "0",
        FAKE_GEOCODER_PORT: "0",
        FAKE_ROUTING_PORT: "0",
        FAKE_NOTIFY_PORT: "0",
        FAKE_PUBLISH_PORT: "0",
        APP_ORIGIN: "http://localhost:3300",
      },
    });
    expect(process.env.DFE_SIGN_IN_ISSUER).toBe(fakes.urls.oidc);
    expect(process.env.TEACHING_RECORD_API_URL).toBe(fakes.urls.teachingRecord);
    expect(process.env.NOTIFY_API_KEY).toBe("already-set");
    process.env.NOTIFY_API_KEY = saved.NOTIFY_API_KEY;
    if (saved.NOTIFY_API_KEY === undefined) delete process.env.NOTIFY_API_KEY;

    const client = await fakes.oidc.provider.Client.find("claims-local");
    expect(client.redirectUris).toEqual(["http://localhost:3300/claims/auth/callback"]);
    expect(client.postLogoutRedirectUris).toEqual(["http://localhost:3300/claims/signed-out"]);
  });
});
