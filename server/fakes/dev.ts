/**
 * Start the fakes for the running app (server/index.ts when START_FAKES=true, the demo and the E2E server)
 * and point the app's configuration at them.
 *
 * Ports: FAKE_OIDC_PORT / FAKE_TRA_PORT / FAKE_NOTIFY_PORT / FAKE_PUBLISH_PORT / FAKE_GEOCODER_PORT /
 * FAKE_ROUTING_PORT, else FAKES_PORT_BASE + 1..6 (default base 3100 → 3101 sign-in, 3102 Teaching Record,
 * 3103 Notify, 3104 Publish, 3105 geocoder, 3106 routing).
 * OIDC redirect URIs use APP_ORIGIN (else http://localhost:$PORT, else http://localhost:3000).
 *
 * Sets the variables server/env.ts reads (DFE_SIGN_IN_ISSUER, *_DFE_SIGN_IN_CLIENT_ID/SECRET, TEACHING_RECORD_API_URL/KEY,
 * PUBLISH_API_URL, NOTIFY_API_URL/KEY, NOTIFY_TEMPLATE_ID, GEOCODER_URL/API_KEY, ROUTING_URL) on process.env — only those not already set — and resets
 * the env() cache. Code that captured env() before this call must read it again.
 */
import { resetEnvCache } from "../env.ts";
import { startAllFakes, type AllFakes } from "./index.ts";

type EnvSource = Record<string, string | undefined>;

export type DevFakes = AllFakes & { ports: ReturnType<typeof devFakePorts> };

function portFrom(source: EnvSource, name: string, fallback: number): number {
  const raw = source[name];
  const n = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got ${raw}`);
  return n;
}

export function devFakePorts(source: EnvSource = process.env) {
  const base = portFrom(source, "FAKES_PORT_BASE", 3100);
  return {
    oidc: portFrom(source, "FAKE_OIDC_PORT", base + 1),
    teachingRecord: portFrom(source, "FAKE_TRA_PORT", base + 2),
    notify: portFrom(source, "FAKE_NOTIFY_PORT", base + 3),
    publish: portFrom(source, "FAKE_PUBLISH_PORT", base + 4),
    geocoder: portFrom(source, "FAKE_GEOCODER_PORT", base + 5),
    routing: portFrom(source, "FAKE_ROUTING_PORT", base + 6),
  };
}

export async function startDevFakes(
  opts: { env?: EnvSource; setEnv?: boolean; appOrigin?: string } = {},
): Promise<DevFakes> {
  const source = opts.env ?? process.env;
  const ports = devFakePorts(source);
  const appOrigin = (opts.appOrigin ?? source.APP_ORIGIN ?? `http://localhost:${source.PORT || 3000}`).replace(
    /\/$/,
    "",
  );
  const fakes = await startAllFakes({
    appBaseUrl: appOrigin,
    oidc: { port: ports.oidc },
    teachingRecord: { port: ports.teachingRecord },
    notify: { port: ports.notify },
    publish: { port: ports.publish },
    geocoder: { port: ports.geocoder },
    routing: { port: ports.routing },
  });
  if (opts.setEnv ?? true) {
    for (const [key, value] of Object.entries(fakes.env)) {
      if (!process.env[key]) process.env[key] = value;
    }
    resetEnvCache();
  }
  return { ...fakes, ports };
}
