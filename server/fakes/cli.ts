/**
 * Start all fakes on fixed ports for development and demos:   tsx server/fakes/cli.ts   (npm run fakes)
 * Ports: FAKE_OIDC_PORT (3101), FAKE_TRA_PORT (3102), FAKE_NOTIFY_PORT (3103), FAKE_PUBLISH_PORT (3104),
 * FAKE_GEOCODER_PORT (3105), FAKE_ROUTING_PORT (3106), or FAKES_PORT_BASE + 1..6. APP_ORIGIN (default http://localhost:3000) sets the OIDC redirect URIs.
 */
import { DEMO_TEACHERS } from "./index.ts";
import { startDevFakes } from "./dev.ts";

const fakes = await startDevFakes({ setEnv: false });

console.log(`Fake services running:
  DfE Sign-in (OIDC)   ${fakes.urls.oidc}/.well-known/openid-configuration
  Teaching Record API  ${fakes.urls.teachingRecord}/v3/teachers/1234567?dateOfBirth=1991-01-22
  GOV.UK Notify        ${fakes.urls.notify}/_fake/emails
  Publish API          ${fakes.urls.publish}/api/public/v1/recruitment_cycles/2025/providers
  Geocoder API         ${fakes.urls.geocoder}/maps/api/geocode/json?address=LS2+9JT&key=${fakes.geocoder.apiKey}
  Routing API          ${fakes.urls.routing}/table/v1/driving/-1.555,53.8067;-1.5421,53.8098?sources=0

Sign-in accounts: ${fakes.oidc
  .accounts()
  .map((a) => a.email)
  .join(", ")}
Demo teachers (TRN dateOfBirth): ${DEMO_TEACHERS.map((t) => `${t.trn} ${t.dateOfBirth}`).join(", ")}

Environment for the app:
${Object.entries(fakes.env)
  .map(([k, v]) => `  ${k}=${v}`)
  .join("\n")}
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await fakes.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
