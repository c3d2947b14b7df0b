/**
 * Local fakes of the external services, speaking their real HTTP APIs (127.0.0.1 only).
 * `startAllFakes()` starts all six (random ports unless given) and returns their URLs and a suggested env map.
 */
import {
  startDfeSignIn,
  type FakeDfeSignIn,
  type FakeOidcAccount,
  type FakeOidcClient,
  type StartDfeSignInOptions,
} from "./dfe-sign-in.ts";
import { startGeocoderApi, type FakeGeocoderApi, type StartGeocoderApiOptions } from "./geocoder-api.ts";
import { startRoutingApi, type FakeRoutingApi, type StartRoutingApiOptions } from "./routing-api.ts";
import { GENERIC_TEMPLATE_ID, startNotify, type FakeNotify, type StartNotifyOptions } from "./notify.ts";
import { startPublishApi, type FakePublishApi, type StartPublishApiOptions } from "./publish-api.ts";
import {
  startTeachingRecordApi,
  type FakeTeachingRecordApi,
  type StartTeachingRecordApiOptions,
} from "./teaching-record-api.ts";

export * from "./dfe-sign-in.ts";
export * from "./geocoder-api.ts";
export * from "./routing-api.ts";
export * from "./notify.ts";
export * from "./publish-api.ts";
export * from "./teaching-record-api.ts";

/** OIDC clients for the two services running locally on http://localhost:3000. */
export function localOidcClients(baseUrl = "http://localhost:3000"): FakeOidcClient[] {
  return (["claims", "placements"] as const).map((service) => ({
    client_id: `${service}-local`,
    client_secret: `${service}-local-secret`,
    redirect_uris: [`${baseUrl}/${service}/auth/callback`],
    post_logout_redirect_uris: [`${baseUrl}/${service}/signed-out`],
  }));
}

/** Sign-in accounts for the personas plus one user with no access. Fixed subs (DfE Sign-in uids). */
export const PERSONA_ACCOUNTS: readonly FakeOidcAccount[] = [
  {
    sub: "5b0e2f1a-8d7c-4e6b-9a51-000000000001",
    email: "anne_wilson@example.org",
    given_name: "Anne",
    family_name: "Wilson",
  },
  { sub: "5b0e2f1a-8d7c-4e6b-9a51-000000000002", email: "mary@example.com", given_name: "Mary", family_name: "Lawson" },
  {
    sub: "5b0e2f1a-8d7c-4e6b-9a51-000000000003",
    email: "patricia@example.com",
    given_name: "Patricia",
    family_name: "Adebayo",
  },
  {
    sub: "5b0e2f1a-8d7c-4e6b-9a51-000000000004",
    email: "colin.chapman@education.gov.uk",
    given_name: "Colin",
    family_name: "Chapman",
  },
  {
    sub: "5b0e2f1a-8d7c-4e6b-9a51-000000000005",
    email: "unknown@example.com",
    given_name: "Unknown",
    family_name: "Person",
  },
];

export type StartAllFakesOptions = {
  host?: string;
  /** Base URL of the app, used for the default OIDC clients' redirect URIs. */
  appBaseUrl?: string;
  oidc?: StartDfeSignInOptions;
  teachingRecord?: StartTeachingRecordApiOptions;
  notify?: StartNotifyOptions;
  publish?: StartPublishApiOptions;
  geocoder?: StartGeocoderApiOptions;
  routing?: StartRoutingApiOptions;
};

export type AllFakes = {
  oidc: FakeDfeSignIn;
  teachingRecord: FakeTeachingRecordApi;
  notify: FakeNotify;
  publish: FakePublishApi;
  geocoder: FakeGeocoderApi;
  routing: FakeRoutingApi;
  urls: { oidc: string; teachingRecord: string; notify: string; publish: string; geocoder: string; routing: string };
  /** Environment for the app, with the variable names server/env.ts reads. */
  env: Record<string, string>;
  close(): Promise<void>;
};

export async function startAllFakes(opts: StartAllFakesOptions = {}): Promise<AllFakes> {
  const host = opts.host;
  const clients = opts.oidc?.clients ?? localOidcClients(opts.appBaseUrl);
  const started: { close(): Promise<void> }[] = [];
  try {
    const oidc = await startDfeSignIn({ host, accounts: [...PERSONA_ACCOUNTS], ...opts.oidc, clients });
    started.push(oidc);
    const teachingRecord = await startTeachingRecordApi({ host, ...opts.teachingRecord });
    started.push(teachingRecord);
    const notify = await startNotify({ host, ...opts.notify });
    started.push(notify);
    const publish = await startPublishApi({ host, ...opts.publish });
    started.push(publish);
    const geocoder = await startGeocoderApi({ host, ...opts.geocoder });
    started.push(geocoder);
    const routing = await startRoutingApi({ host, ...opts.routing });
    started.push(routing);

    const claims = clients.find((c) => c.client_id.startsWith("claims")) ?? clients[0];
    const placements = clients.find((c) => c.client_id.startsWith("placements")) ?? clients[1] ?? clients[0];
    // Names as read by server/env.ts.
    const env: Record<string, string> = {
      DFE_SIGN_IN_ISSUER: oidc.issuer,
      ...(claims
        ? { CLAIMS_DFE_SIGN_IN_CLIENT_ID: claims.client_id, CLAIMS_DFE_SIGN_IN_CLIENT_SECRET: claims.client_secret }
        : {}),
      ...(placements
        ? {
            PLACEMENTS_DFE_SIGN_IN_CLIENT_ID: placements.client_id,
            PLACEMENTS_DFE_SIGN_IN_CLIENT_SECRET: placements.client_secret,
          }
        : {}),
      TEACHING_RECORD_API_URL: teachingRecord.url,
      TEACHING_RECORD_API_KEY: teachingRecord.apiKey,
      PUBLISH_API_URL: publish.url,
      NOTIFY_API_URL: notify.url,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_TEMPLATE_ID: GENERIC_TEMPLATE_ID,
      GEOCODER_URL: geocoder.url,
      GEOCODER_API_KEY: geocoder.apiKey,
      ROUTING_URL: routing.url,
    };
    return {
      oidc,
      teachingRecord,
      notify,
      publish,
      geocoder,
      routing,
      urls: {
        oidc: oidc.url,
        teachingRecord: teachingRecord.url,
        notify: notify.url,
        publish: publish.url,
        geocoder: geocoder.url,
        routing: routing.url,
      },
      env,
      close: async () => {
        await Promise.all(started.map((s) => s.close()));
      },
    };
  } catch (err) {
    await Promise.allSettled(started.map((s) => s.close()));
    throw err;
  }
}
