import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.ts";

const SECRET = "s".repeat(40);

describe("configuration guard", () => {
  it("refuses persona sign-in in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production", PERSONAS_ENABLED: "true", SESSION_SECRET: SECRET })).toThrow(
      /PERSONAS_ENABLED: Persona sign-in cannot be enabled in production/,
    );
  });

  it("allows it in production only with the explicit demo override", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      PERSONAS_ENABLED: "true",
      ALLOW_PERSONAS_IN_PRODUCTION: "true",
      SESSION_SECRET: SECRET,
    });
    expect(env.PERSONAS_ENABLED).toBe(true);
  });

  it("allows personas outside production and keeps them off by default", () => {
    expect(parseEnv({ NODE_ENV: "test", PERSONAS_ENABLED: "true" }).PERSONAS_ENABLED).toBe(true);
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: SECRET }).PERSONAS_ENABLED).toBe(false);
  });

  it("requires a session secret in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET/);
  });

  it("reads the sign-in rate limit, with defaults, and rejects nonsense", () => {
    expect(parseEnv({ NODE_ENV: "test" }).RATE_LIMIT_SIGN_IN_POINTS).toBe(100);
    expect(parseEnv({ NODE_ENV: "test", RATE_LIMIT_SIGN_IN_POINTS: "5" }).RATE_LIMIT_SIGN_IN_POINTS).toBe(5);
    expect(() => parseEnv({ NODE_ENV: "test", RATE_LIMIT_SIGN_IN_POINTS: "0" })).toThrow(/RATE_LIMIT_SIGN_IN_POINTS/);
  });
});

describe("start-up", () => {
  it("the server process exits with an error instead of starting with personas in production", async () => {
    const { spawnSync } = await import("node:child_process");
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/index.ts"], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        PERSONAS_ENABLED: "true",
        SESSION_SECRET: SECRET,
        PORT: "0",
      },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Persona sign-in cannot be enabled in production/);
  });
});
