/**
 * HTTP bench: builds, prepares a PostgreSQL bench database, starts the production server (compiled JavaScript) and
 * measures each key page with autocannon, then claim submission with 20 concurrent submitters.
 *
 *   npx tsx bench/http/run.ts [--seconds=8] [--connections=16] [--skip-build] [--reuse-db]
 *                             [--two-processes] [--soak[=300]] [--profile=<page name part>]
 *
 * See bench/README.md. Database: itt_bench_http on BENCH_PG (default postgresql://postgres@127.0.0.1:5432), ports
 * BENCH_PORT (default 3710) and BENCH_PORT + 1.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { summariseProfiles } from "./cpu-profile-summary.ts";
import { buildDataset, type BenchIds } from "./dataset.ts";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k!, v ?? "true"] as const;
  }),
);
const SECONDS = Number(args.get("seconds") ?? 8);
const CONNECTIONS = Number(args.get("connections") ?? 16);
const SUBMITTERS = 20;
const PG = process.env.BENCH_PG ?? "postgresql://postgres@127.0.0.1:5432";
const DB_NAME = "itt_bench_http";
const DATABASE_URL = `${PG}/${DB_NAME}`;
const PORT = Number(process.env.BENCH_PORT ?? 3710);
const GIAS_FILE = "/tmp/edubasealldata-bench-50000.csv";
const IDS_FILE = "/tmp/itt-bench-http-ids.json";
const PROFILE_DIR = "/tmp/itt-bench-profile";
/** The production command's memory flags (package.json "serve"; docs/engineering.md says why). */
const SERVER_NODE_FLAGS = ["--min-semi-space-size=64", "--max-semi-space-size=64", "--max-old-space-size=320"];

function sh(cmd: string, argv: string[], env: Record<string, string> = {}) {
  execFileSync(cmd, argv, { stdio: "inherit", env: { ...process.env, ...env } });
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: `${PG}/postgres` });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function prepareDatabase(): Promise<BenchIds> {
  const exists = (await admin(`SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'`)).length > 0;
  if (args.has("reuse-db") && exists && existsSync(IDS_FILE)) {
    console.log(`reusing database ${DB_NAME}`);
    return JSON.parse(readFileSync(IDS_FILE, "utf8")) as BenchIds;
  }
  if (args.has("reuse-db") && exists) {
    // Seeded and imported before, but the bench rows were not written (e.g. an interrupted run).
    const ids = await buildDataset(DATABASE_URL);
    writeFileSync(IDS_FILE, JSON.stringify(ids));
    return ids;
  }
  const started = Date.now();
  await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB_NAME}`);
  if (existsSync(IDS_FILE)) rmSync(IDS_FILE);
  const env = { DATABASE_URL, LOG_LEVEL: "warn" };
  sh("npx", ["tsx", "prisma/migrate.ts", "deploy"], env);
  sh("npx", ["tsx", "prisma/seed.ts"], env);
  if (!existsSync(GIAS_FILE)) sh("npx", ["tsx", "bench/gias-generator.ts", GIAS_FILE, "50000", "2026"]);
  sh("npx", ["tsx", "server/integrations/gias/cli.ts", GIAS_FILE], env);
  const ids = await buildDataset(DATABASE_URL);
  writeFileSync(IDS_FILE, JSON.stringify(ids));
  console.log(`bench database ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return ids;
}

type Server = { port: number; child: ChildProcess; origin: string };

async function startServer(port: number, nodeArgs: string[] = []): Promise<Server> {
  const child = spawn("node", [...SERVER_NODE_FLAGS, ...nodeArgs, "build/server/index.js"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL,
      PORT: String(port),
      APP_ORIGIN: `http://localhost:${port}`,
      LOG_LEVEL: "warn",
      COUNT_SQL_STATEMENTS: "true",
      PERSONAS_ENABLED: "true",
      ALLOW_PERSONAS_IN_PRODUCTION: "true",
      SESSION_SECRET: "bench-session-secret-bench-session-secret",
      RATE_LIMIT_SIGN_IN_POINTS: "100000",
      RATE_LIMIT_SUBMIT_POINTS: "1000000",
    },
  });
  const origin = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited (${child.exitCode})`);
    if (
      await fetch(`${origin}/healthcheck`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { port, child, origin };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server on ${port} did not answer`);
}

/** SIGTERM and wait for the exit (the server shuts down cleanly, so `--cpu-prof` writes its profile). */
async function stopServer(server: Server) {
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await exited;
}

function cookiesOf(response: Response) {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Persona sign-in through the real form (CSRF cookie + token), returning the Cookie header of the session. */
async function signIn(origin: string, service: "claims" | "placements", email: string) {
  const page = await fetch(`${origin}/${service}/personas`);
  const csrfCookies = cookiesOf(page);
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!token) throw new Error(`no CSRF token on /${service}/personas`);
  const response = await fetch(`${origin}/${service}/personas`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookies.join("; "), Origin: origin },
    body: new URLSearchParams({ email, _csrf: token }),
  });
  if (response.status !== 303) throw new Error(`sign-in as ${email} answered ${response.status}`);
  const cookie = [...csrfCookies, ...cookiesOf(response)].join("; ");
  // Signed in, a form's CSRF token is bound to the session: take it from a signed-in page (its Sign out form).
  const home = await fetch(`${origin}${response.headers.get("location")}`, { headers: { Cookie: cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await home.text())?.[1];
  if (!csrf) throw new Error(`no CSRF token on ${email}'s home page`);
  // Where the user lands, after the organisations page's redirect when there is one organisation.
  return { cookie, csrf, home: new URL(home.url).pathname };
}

async function sqlTotals(origin: string) {
  return (await (await fetch(`${origin}/__bench/sql-statements`)).json()) as { requests: number; statements: number };
}

type Row = {
  page: string;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  sql: number | null;
  /** Share of the machine's CPU time the hypervisor took during the run. */
  steal?: number | null;
  note?: string;
};

/**
 * CPU time of the whole machine from /proc/stat (jiffies): all, and stolen by the hypervisor. On a shared virtual
 * machine the steal changes from minute to minute and with it every figure here, so each row reports it.
 */
function cpuTimes() {
  if (!existsSync("/proc/stat")) return null;
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
}

/** autocannon with every response time kept, for exact p50/p95/p99 (its own summary has no p95). */
async function run(opts: autocannon.Options) {
  const times: number[] = [];
  const before = cpuTimes();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(opts, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times.length ? Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!) : 0;
  const after = cpuTimes();
  const steal =
    before && after && after.total > before.total ? (after.steal - before.steal) / (after.total - before.total) : null;
  return { result, p50: at(0.5), p95: at(0.95), p99: at(0.99), steal };
}

async function measure(
  server: Server,
  page: string,
  path: string,
  cookie: string | undefined,
  opts: Partial<autocannon.Options> = {},
): Promise<Row> {
  const headers = cookie ? { cookie } : undefined;
  const probe = await fetch(`${server.origin}${path}`, { headers, redirect: "manual" });
  await probe.arrayBuffer();
  if (probe.status === 404)
    return { page, reqPerSec: 0, p50: 0, p95: 0, p99: 0, errors: 0, sql: null, note: "404: skipped" };
  if (probe.status !== 200) throw new Error(`${page} (${path}) answered ${probe.status}`);
  const before = await sqlTotals(server.origin);
  const { result, p50, p95, p99, steal } = await run({
    url: `${server.origin}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    ...opts,
  });
  const after = await sqlTotals(server.origin);
  return {
    page,
    reqPerSec: result.requests.average,
    p50,
    p95,
    p99,
    errors: result.non2xx + result.errors + result.timeouts,
    sql:
      after.requests > before.requests
        ? (after.statements - before.statements) / (after.requests - before.requests)
        : null,
    steal,
  };
}

/**
 * The bench's drafts back as drafts before a submission run (and their submission e-mails gone): an earlier run on a
 * reused database submitted them, and submitting a claim again is an idempotent redirect to its confirmation
 * (3 statements), not a submission (15).
 */
async function returnToDraft(claimIds: string[]) {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `UPDATE claims SET status = 'draft', version = 0, reference = NULL, submitted_at = NULL, submitted_by_type = NULL,
         submitted_by_id = NULL, amount_pence = NULL, updated_at = now()
       WHERE id = ANY($1::uuid[]) AND status <> 'draft'`,
      [claimIds],
    );
    // The submission e-mail is queued once per claim (its idempotency key), so the earlier run's go too.
    await client.query(`DELETE FROM email_outbox WHERE idempotency_key = ANY($1::text[])`, [
      claimIds.map((id) => `claims.claim_submitted:${id}`),
    ]);
  } finally {
    await client.end();
  }
}

/** 20 submitters each POST the declaration of the next draft; a 303 to its confirmation is a success. */
async function measureSubmission(
  server: Server,
  ids: BenchIds,
  session: { cookie: string; csrf: string },
  drafts: string[],
) {
  let next = 0;
  const before = await sqlTotals(server.origin);
  const { result, p50, p95, p99, steal } = await run({
    url: server.origin,
    connections: SUBMITTERS,
    amount: drafts.length,
    duration: SECONDS,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const claimId = drafts[next++ % drafts.length];
          return {
            ...request,
            path: `/claims/schools/${ids.draftsSchoolId}/claims/${claimId}/submit`,
            headers: {
              cookie: session.cookie,
              origin: server.origin,
              "content-type": "application/x-www-form-urlencoded",
            },
            body: new URLSearchParams({ _csrf: session.csrf, version: "0" }).toString(),
          };
        },
      },
    ],
  });
  const after = await sqlTotals(server.origin);
  const ok = result.statusCodeStats?.["303"]?.count ?? 0;
  return {
    row: {
      page: `claim submission (${SUBMITTERS} submitters)`,
      reqPerSec: result.requests.average,
      p50,
      p95,
      p99,
      errors: result.requests.total - ok,
      sql: (after.statements - before.statements) / Math.max(1, after.requests - before.requests),
      steal,
    } satisfies Row,
    submitted: next,
  };
}

function printTable(rows: Row[], baseline: number) {
  const header =
    "| Page | req/s | ratio to /healthcheck | p50 ms | p95 ms | p99 ms | errors | SQL/request | CPU stolen |";
  console.log(`\n${header}\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
  for (const r of rows) {
    if (r.note) {
      console.log(`| ${r.page} | – | – | – | – | – | – | ${r.note} | – |`);
      continue;
    }
    const ratio = baseline ? `${Math.round((r.reqPerSec / baseline) * 100)} %` : "–";
    console.log(
      `| ${r.page} | ${r.reqPerSec.toFixed(0)} | ${ratio} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.sql === null ? "–" : r.sql.toFixed(1)} | ${r.steal == null ? "–" : `${Math.round(r.steal * 100)} %`} |`,
    );
  }
}

/**
 * VACUUM (ANALYZE) the bench database before measuring. This machine's PostgreSQL runs with autovacuum off, so rows a
 * bench run rewrites (the submission flips 1,500 claims between draft and submitted) stay in the tables and their
 * indexes as dead versions from run to run, and bulk-loaded tables never get their visibility map: the claims table
 * held three dead row versions per live one after a dozen runs, and All claims' count read them all (PostgreSQL's CPU
 * per view 5.0 → 2.6 ms after a VACUUM). In production autovacuum does this.
 */
async function vacuum() {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query("VACUUM (ANALYZE)");
  } finally {
    await client.end();
  }
}

async function main() {
  if (!args.has("skip-build")) sh("npm", ["run", "build"]);
  const ids = await prepareDatabase();
  await vacuum();
  // --profile=<part of a page name>: measure only the matching pages with the server under `--cpu-prof`, then print
  // where its CPU time went (bench/http/cpu-profile-summary.ts).
  const profile = args.get("profile");
  const servers = [await startServer(PORT, profile ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [])];
  try {
    const [server] = servers as [Server];
    const anne = await signIn(server.origin, "claims", "anne_wilson@example.org");
    const colin = await signIn(server.origin, "claims", "colin.chapman@education.gov.uk");
    const anneP = await signIn(server.origin, "placements", "anne_wilson@example.org");
    // A placements provider user lands on their provider's Find page.
    const patriciaP = await signIn(server.origin, "placements", "patricia@example.com");
    const started = new Date();
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
    console.log(`\n${started.toISOString()} load average ${load}; ${CONNECTIONS} connections, ${SECONDS} s per page`);

    if (args.has("soak")) return await soak(server, anne.cookie, ids);

    const pages: [string, string, string | undefined][] = [
      ["/healthcheck", "/healthcheck", undefined],
      ["content page (/claims/cookies)", "/claims/cookies", undefined],
      ["school claims list (Anne)", `/claims/schools/${ids.anneClaimsSchoolId}/claims`, anne.cookie],
      ["claim page", `/claims/schools/${ids.anneClaimsSchoolId}/claims/${ids.anneClaimId}`, anne.cookie],
      ["support organisation search ?query=primary", "/claims/support/schools?query=primary", colin.cookie],
      ["support organisations, last page", "/claims/support/schools?page=40", colin.cookie],
      // Every non-draft claim of the year (10,898 on the bench data), and the same list filtered by one status.
      ["support all claims (10,000)", "/claims/support/claims", colin.cookie],
      ["support all claims, filtered by status", "/claims/support/claims?statuses=submitted", colin.cookie],
      // Find with a location alone lists the schools with placements to offer (none near London in the bench data), so
      // the rows ask for every school: a page of the 292 near London, and that search with a second filter (67).
      ["provider Find, location (all schools)", `${patriciaP.home}?location=London&show=all`, patriciaP.cookie],
      [
        "provider Find, location and two filters",
        `${patriciaP.home}?location=London&show=all&phase=Secondary`,
        patriciaP.cookie,
      ],
      ["placements list", `/placements/schools/${ids.annePlacementsSchoolId}/placements`, anneP.cookie],
    ];
    const rows: Row[] = [];
    if (profile) {
      rmSync(PROFILE_DIR, { recursive: true, force: true });
      for (const [name, path, cookie] of pages.filter(([name]) => name.includes(profile))) {
        rows.push(await measure(server, name, path, cookie));
      }
      if ("claim submission".includes(profile)) {
        const drafts = ids.draftIds.slice(0, Math.floor(ids.draftIds.length / 2));
        await returnToDraft(drafts);
        rows.push((await measureSubmission(server, ids, anne, drafts)).row);
      }
      printTable(rows, 0);
      await stopServer(server);
      summariseProfiles(PROFILE_DIR);
      return;
    }
    for (const [name, path, cookie] of pages) {
      rows.push(await measure(server, name, path, cookie));
      console.log(`measured ${name}`);
    }
    const drafts = ids.draftIds.slice(0, Math.floor(ids.draftIds.length / 2));
    await returnToDraft(drafts);
    const submission = await measureSubmission(server, ids, anne, drafts);
    rows.push(submission.row);
    printTable(rows, rows[0]!.reqPerSec);

    if (args.has("two-processes")) await twoProcesses(servers, ids, anne.cookie, anne.csrf, rows[0]!.reqPerSec);
  } finally {
    for (const s of servers) s.child.kill("SIGTERM");
  }
}

/** Two server processes on one database: each page's throughput across both, and a claim submitted on one seen on the other. */
async function twoProcesses(servers: Server[], ids: BenchIds, _cookie: string, _csrf: string, single: number) {
  const second = await startServer(PORT + 1);
  servers.push(second);
  const [first] = servers as [Server];
  const path = `/claims/schools/${ids.anneClaimsSchoolId}/claims`;
  // Sessions live in the database: the session from process 1 is valid on process 2.
  const anne = await signIn(first.origin, "claims", "anne_wilson@example.org");
  const results = await Promise.all(
    servers.map((s) =>
      autocannon({
        url: `${s.origin}${path}`,
        connections: CONNECTIONS / 2,
        duration: SECONDS,
        headers: { cookie: anne.cookie },
      }),
    ),
  );
  const health = await Promise.all(
    servers.map((s) => autocannon({ url: `${s.origin}/healthcheck`, connections: CONNECTIONS / 2, duration: SECONDS })),
  );
  const total = results.reduce((n, r) => n + r.requests.average, 0);
  const healthTotal = health.reduce((n, r) => n + r.requests.average, 0);
  console.log(
    `\nTwo processes: school claims list ${total.toFixed(0)} req/s in all (${results.map((r) => r.requests.average.toFixed(0)).join(" + ")}), errors ${results.reduce((n, r) => n + r.non2xx + r.errors, 0)}; /healthcheck ${healthTotal.toFixed(0)} req/s (one process: ${single.toFixed(0)})`,
  );
  // A claim submitted on process 1 is shown as submitted on process 2.
  const claimId = ids.draftIds[ids.draftIds.length - 1]!;
  const submit = await fetch(`${first.origin}/claims/schools/${ids.draftsSchoolId}/claims/${claimId}/submit`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: anne.cookie, origin: first.origin, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: anne.csrf, version: "0" }),
  });
  const seen = await fetch(`${second.origin}/claims/schools/${ids.draftsSchoolId}/claims/${claimId}`, {
    headers: { cookie: anne.cookie },
  });
  const html = await seen.text();
  console.log(
    `Claim submitted on process 1 (${submit.status}); process 2 shows it ${/Submitted/i.test(html) ? "as submitted" : "NOT submitted"} (${seen.status})`,
  );
}

/** Memory soak: 50 connections on the claims list for --soak seconds (default 300); RSS at start and end. */
async function soak(server: Server, cookie: string, ids: BenchIds) {
  const seconds = Number(args.get("soak") === "true" ? 300 : args.get("soak"));
  const rss = () =>
    Number(
      execFileSync("ps", ["-o", "rss=", "-p", String(server.child.pid)])
        .toString()
        .trim(),
    ) / 1024;
  // Warm up first so the baseline is a process that has served the page.
  await autocannon({
    url: `${server.origin}/claims/schools/${ids.anneClaimsSchoolId}/claims`,
    connections: 50,
    duration: 10,
    headers: { cookie },
  });
  const start = rss();
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rss()), 10_000);
  const result = await autocannon({
    url: `${server.origin}/claims/schools/${ids.anneClaimsSchoolId}/claims`,
    connections: 50,
    duration: seconds,
    headers: { cookie },
  });
  clearInterval(timer);
  const end = rss();
  console.log(
    `\nSoak ${seconds} s, 50 connections: ${result.requests.total} requests, ${result.non2xx + result.errors} errors; RSS ${start.toFixed(0)} MB → ${end.toFixed(0)} MB (${(((end - start) / start) * 100).toFixed(1)} %), max ${Math.max(start, ...samples, end).toFixed(0)} MB`,
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
