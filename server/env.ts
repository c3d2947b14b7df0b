import { z } from "zod";
import { processWide } from "./shared/process/process-wide.ts";

/**
 * Every environment variable the app reads, checked once at start-up.
 * Fail closed: bad configuration stops the process instead of running half-configured.
 */
const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Public origin of the app, used for OIDC redirect URIs and the CSRF origin check. */
    APP_ORIGIN: z.string().url().optional(),
    DATABASE_URL: z.string().startsWith("postgres").optional(),
    /** "false": send every query unnamed (server/db-prepared-statements.ts), e.g. behind a pooler without prepared statements. */
    DATABASE_PREPARED_STATEMENTS: z.enum(["true", "false"]).default("true"),
    PGLITE_DIR: z.string().default(".data/pglite"),
    SESSION_SECRET: z.string().min(32).optional(),
    /** How long a page view may reuse this process's read of its session (server/auth/session-reuse.ts); 0: never. */
    SESSION_REUSE_SECONDS: z.coerce.number().int().min(0).max(60).default(10),
    /** Name shown in e-mail subjects outside production, e.g. "Staging". */
    ENVIRONMENT_NAME: z.string().default("Development"),
    PERSONAS_ENABLED: bool,
    /** Deliberate override: a public demo may run a production build with personas. */
    ALLOW_PERSONAS_IN_PRODUCTION: bool,
    START_FAKES: bool,
    /**
     * Proxy hops in front of the app whose X-Forwarded-* headers are believed (client IP for rate limits,
     * protocol, host). 0, the default: none, the headers are ignored and removed.
     */
    TRUST_PROXY: z.preprocess(
      (v) => (v === "true" ? "1" : v === "false" || v === "" ? "0" : v),
      z.coerce.number().int().min(0).max(10).default(0),
    ),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // DfE Sign-in (OpenID Connect), one client per service.
    DFE_SIGN_IN_ISSUER: z.string().url().optional(),
    CLAIMS_DFE_SIGN_IN_CLIENT_ID: z.string().optional(),
    CLAIMS_DFE_SIGN_IN_CLIENT_SECRET: z.string().optional(),
    PLACEMENTS_DFE_SIGN_IN_CLIENT_ID: z.string().optional(),
    PLACEMENTS_DFE_SIGN_IN_CLIENT_SECRET: z.string().optional(),
    // Teaching Record API (mentor lookup)
    TEACHING_RECORD_API_URL: z.string().url().optional(),
    TEACHING_RECORD_API_KEY: z.string().optional(),
    /** X-Api-Version header; the client's default when unset. */
    TEACHING_RECORD_API_VERSION: z.string().optional(),
    // Publish (Teacher Training Courses) API
    PUBLISH_API_URL: z.string().url().optional(),
    // Geocoding API for Find's location search (unset: the offline gazetteer only)
    GEOCODER_URL: z.string().url().optional(),
    GEOCODER_API_KEY: z.string().optional(),
    // Routing API (OSRM-style table service) for travel times on Find (unset: distances only)
    ROUTING_URL: z.string().url().optional(),
    // GOV.UK Notify
    NOTIFY_API_URL: z.string().url().optional(),
    NOTIFY_API_KEY: z.string().optional(),
    NOTIFY_TEMPLATE_ID: z.string().optional(),
    /** Sign-in endpoints (start, callback, personas): requests allowed per client IP per window. */
    RATE_LIMIT_SIGN_IN_POINTS: z.coerce.number().int().min(1).default(100),
    RATE_LIMIT_SIGN_IN_DURATION_SECONDS: z.coerce.number().int().min(1).default(60),
    /** Submitting claims (and other money-moving actions): attempts allowed per user per window. */
    RATE_LIMIT_SUBMIT_POINTS: z.coerce.number().int().min(1).default(30),
    RATE_LIMIT_SUBMIT_DURATION_SECONDS: z.coerce.number().int().min(1).default(60),
    /** Autocomplete suggestions over /api/trpc: requests allowed per user per window (one per pause in typing). */
    RATE_LIMIT_SUGGESTIONS_POINTS: z.coerce.number().int().min(1).default(120),
    RATE_LIMIT_SUGGESTIONS_DURATION_SECONDS: z.coerce.number().int().min(1).default(60),
    /** CSV exports of claims: downloads allowed per support user per window. */
    RATE_LIMIT_EXPORT_POINTS: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_EXPORT_DURATION_SECONDS: z.coerce.number().int().min(1).default(60),
    /** Where "Send claims to payer" e-mails the payment file's download link: comma-separated e-mail addresses. */
    PAYER_EMAIL_ADDRESSES: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((a) => a.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().email("PAYER_EMAIL_ADDRESSES must be e-mail addresses separated by commas")).max(20)),
    // GIAS school import: folder serving edubasealldata<YYYYMMDD>.csv (nightly import; unset = no download)
    GIAS_CSV_BASE_URL: z.string().url().optional(),
    // Background jobs: cron schedules (imports, bank holidays) only when true — off in tests and development.
    JOBS_SCHEDULES_ENABLED: bool,
    /** Outbox worker: attempts before an e-mail is marked failed. */
    EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && env.PERSONAS_ENABLED && !env.ALLOW_PERSONAS_IN_PRODUCTION) {
      ctx.addIssue({
        code: "custom",
        path: ["PERSONAS_ENABLED"],
        message:
          "Persona sign-in cannot be enabled in production. Set ALLOW_PERSONAS_IN_PRODUCTION=true only for a demo.",
      });
    }
    // Even a demo signs its CSRF tokens with a real secret: the persona override does not lift this.
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET) {
      ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "SESSION_SECRET is required in production" });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

// One cache per process, shared with the copy of this module inside the Remix build (see processWide), so
// resetEnvCache() after the fakes fill in their URLs reaches the pages too.
const parsed = processWide("env", () => ({ cached: undefined as Env | undefined }));
export function env(): Env {
  parsed.cached ??= parseEnv();
  return parsed.cached;
}

/** For tests that change the environment. */
export function resetEnvCache() {
  parsed.cached = undefined;
}

/** The public origin links and OIDC redirect URIs are built on: APP_ORIGIN, else this process on localhost. */
export function appOrigin(): string {
  const config = env();
  return (config.APP_ORIGIN ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}
