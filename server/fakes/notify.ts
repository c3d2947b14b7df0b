/**
 * Fake GOV.UK Notify API (the part `notifications-node-client` v8 uses for e-mail).
 *
 *   POST /v2/notifications/email        → 201 {id, reference, content:{subject, body, from_email}, uri, template:{id, version, uri}}
 *   GET  /v2/notifications/{id}         → 200 notification (status "delivered")
 *   Authorization: Bearer <JWT>         HS256, iss = service id, iat within 30 s, signed with the API key's secret
 *
 * API keys look like "<key name>-<service id uuid>-<secret uuid>" (use `new NotifyClient(fake.url, fake.apiKey)`).
 * Errors use Notify's shape: {status_code, errors:[{error, message}]} (400 BadRequestError/ValidationError,
 * 403 AuthError, 429 RateLimitError, 500 Exception).
 *
 * One generic template (GENERIC_TEMPLATE_ID): subject "((subject))", body "((body))", as the services use.
 * Dev: GET /_fake/emails (JSON, newest last), DELETE /_fake/emails; fault routes /_fake/fail|down|delay|reset.
 * Faults in-process: failNext(n, status), setDown(true), setDelay(ms) / opts.delayMs.
 */
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import express from "express";
import type { Request, Response } from "express";
import { closeServer, createFaults, listen, mountFaultRoutes } from "./http-util.ts";

export const GENERIC_TEMPLATE_ID = "b2e5f8f4-6a53-4c6e-9f2a-7e1c3d9a0001";
export const FAKE_NOTIFY_SERVICE_ID = "5f1d2c3b-4a59-4e8d-9c7b-6a5f4e3d2c10";
export const FAKE_NOTIFY_SECRET = "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d";
/** Default API key accepted by the fake: "<name>-<service id>-<secret>". */
export const FAKE_NOTIFY_API_KEY = `fake_local_key-${FAKE_NOTIFY_SERVICE_ID}-${FAKE_NOTIFY_SECRET}`;

export type NotifyTemplate = { id: string; name: string; subject: string; body: string; version?: number };

export type SentEmail = {
  id: string;
  reference: string | null;
  email_address: string;
  template_id: string;
  template_version: number;
  personalisation: Record<string, unknown>;
  subject: string;
  body: string;
  email_reply_to_id: string | null;
  one_click_unsubscribe_url: string | null;
  service_id: string;
  created_at: string;
  status: "delivered";
};

export type StartNotifyOptions = {
  port?: number;
  host?: string;
  /** Accepted API keys (default [FAKE_NOTIFY_API_KEY]). */
  apiKeys?: string[];
  /** Extra templates besides the generic one. */
  templates?: NotifyTemplate[];
  fromEmail?: string;
  delayMs?: number;
};

export type FakeNotify = {
  url: string;
  apiKey: string;
  sent(): SentEmail[];
  clear(): void;
  /** Fail the next `n` API requests with `status` (default 1 × 500). */
  failNext(n?: number, status?: number): void;
  /** While down every API request gets 500. */
  setDown(down: boolean): void;
  setDelay(ms: number): void;
  reset(): void;
  close(): Promise<void>;
};

/** Parse "name-<serviceId>-<secret>" exactly as notifications-node-client does (last 73 characters). */
export function parseNotifyApiKey(apiKey: string): { serviceId: string; secret: string } {
  return { serviceId: apiKey.slice(-73, -37), secret: apiKey.slice(-36) };
}

const b64url = (buf: Buffer) => buf.toString("base64url");

/** Create a Notify-style JWT (for tests that do not use notifications-node-client). */
export function createNotifyToken(apiKey: string, iat = Math.round(Date.now() / 1000)): string {
  const { serviceId, secret } = parseNotifyApiKey(apiKey);
  const head = b64url(Buffer.from(JSON.stringify({ typ: "JWT", alg: "HS256" })));
  const body = b64url(Buffer.from(JSON.stringify({ iss: serviceId, iat })));
  const sig = b64url(createHmac("sha256", secret).update(`${head}.${body}`).digest());
  return `${head}.${body}.${sig}`;
}

const ERROR_NAMES: Record<number, string> = {
  400: "BadRequestError",
  403: "AuthError",
  404: "NoResultFound",
  429: "RateLimitError",
  500: "Exception",
};
const ERROR_MESSAGES: Record<number, string> = {
  429: "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds",
  500: "Internal server error",
  502: "Bad gateway",
  503: "Service unavailable",
};

function renderTemplate(text: string, personalisation: Record<string, unknown>): string {
  return text.replace(/\(\(([^)]+)\)\)/g, (_m, key: string) => String(personalisation[key.trim()] ?? ""));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\(\(([^)]+)\)\)/g)].map((m) => m[1].trim());
}

export async function startNotify(opts: StartNotifyOptions = {}): Promise<FakeNotify> {
  const apiKeys = opts.apiKeys ?? [FAKE_NOTIFY_API_KEY];
  const keys = apiKeys.map(parseNotifyApiKey);
  const fromEmail = opts.fromEmail ?? "claim.funding.for.mentor.training@notifications.service.gov.uk";
  const templates = new Map<string, NotifyTemplate>();
  templates.set(GENERIC_TEMPLATE_ID, {
    id: GENERIC_TEMPLATE_ID,
    name: "Generic e-mail",
    subject: "((subject))",
    body: "((body))",
    version: 1,
  });
  for (const t of opts.templates ?? []) templates.set(t.id, t);
  const sent: SentEmail[] = [];
  const faults = createFaults(opts.delayMs ?? 0);

  const app = express();
  app.disable("x-powered-by");
  const server = createServer(app);
  const url = await listen(server, opts.port ?? 0, opts.host);

  const error = (res: Response, status: number, message?: string, name?: string) =>
    res.status(status).json({
      status_code: status,
      errors: [
        { error: name ?? ERROR_NAMES[status] ?? "Exception", message: message ?? ERROR_MESSAGES[status] ?? "Error" },
      ],
    });

  /** Returns the service id, or sends a 403 and returns undefined. */
  function authenticate(req: Request, res: Response): string | undefined {
    const header = req.get("authorization");
    if (!header || !/^Bearer /i.test(header)) {
      error(res, 401, "Unauthorized: authentication token must be provided", "AuthError");
      return undefined;
    }
    const token = header.replace(/^Bearer\s+/i, "");
    const [h, p, s] = token.split(".");
    let payload: { iss?: string; iat?: number };
    let head: { alg?: string };
    try {
      head = JSON.parse(Buffer.from(h, "base64url").toString("utf8"));
      payload = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
    } catch {
      error(res, 403, "Invalid token: signature, api token is not valid");
      return undefined;
    }
    if (head.alg !== "HS256" || !s) {
      error(res, 403, "Invalid token: algorithm used is not HS256");
      return undefined;
    }
    const candidates = keys.filter((k) => k.serviceId === payload.iss);
    if (!payload.iss || candidates.length === 0) {
      error(res, 403, "Invalid token: service not found");
      return undefined;
    }
    const given = Buffer.from(s, "base64url");
    const ok = candidates.some((k) => {
      const expected = createHmac("sha256", k.secret).update(`${h}.${p}`).digest();
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
    if (!ok) {
      error(res, 403, "Invalid token: API key not found");
      return undefined;
    }
    if (typeof payload.iat !== "number" || Math.abs(Date.now() / 1000 - payload.iat) > 30) {
      error(res, 403, "Error: Your system clock must be accurate to within 30 seconds");
      return undefined;
    }
    return payload.iss;
  }

  mountFaultRoutes(app, faults);
  app.get("/_fake/emails", (_req, res) => {
    res.json(sent);
  });
  app.delete("/_fake/emails", (_req, res) => {
    sent.length = 0;
    res.status(204).end();
  });

  // Faults, then auth, for every API call.
  app.use("/v2", async (req, res, next) => {
    const status = await faults.take();
    if (status) return void error(res, status);
    const serviceId = authenticate(req, res);
    if (!serviceId) return;
    res.locals.serviceId = serviceId;
    next();
  });
  app.use("/v2", express.json({ limit: "2mb" }));

  app.post("/v2/notifications/email", (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const { email_address, template_id, reference, email_reply_to_id, one_click_unsubscribe_url } = body as Record<
      string,
      string | undefined
    >;
    const personalisation = (body.personalisation ?? {}) as Record<string, unknown>;
    const validation: string[] = [];
    if (!email_address) validation.push("email_address is a required property");
    else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email_address))
      validation.push("email_address Not a valid email address");
    if (!template_id) validation.push("template_id is a required property");
    else if (!/^[0-9a-f-]{36}$/i.test(template_id)) validation.push("template_id is not a valid UUID");
    if (typeof personalisation !== "object" || Array.isArray(personalisation))
      validation.push("personalisation should be an object");
    if (validation.length) {
      return res.status(400).json({
        status_code: 400,
        errors: validation.map((message) => ({ error: "ValidationError", message })),
      });
    }
    const template = templates.get(template_id!);
    if (!template) return error(res, 400, "Template not found");
    const missing = [...new Set([...placeholders(template.subject), ...placeholders(template.body)])].filter(
      (k) => personalisation[k] === undefined || personalisation[k] === null,
    );
    if (missing.length) return error(res, 400, `Missing personalisation: ${missing.join(", ")}`);

    const id = randomUUID();
    const email: SentEmail = {
      id,
      reference: reference ?? null,
      email_address: email_address!,
      template_id: template.id,
      template_version: template.version ?? 1,
      personalisation,
      subject: renderTemplate(template.subject, personalisation),
      body: renderTemplate(template.body, personalisation),
      email_reply_to_id: email_reply_to_id ?? null,
      one_click_unsubscribe_url: one_click_unsubscribe_url ?? null,
      service_id: res.locals.serviceId,
      created_at: new Date().toISOString(),
      status: "delivered",
    };
    sent.push(email);
    return res.status(201).json({
      id,
      reference: email.reference,
      content: {
        subject: email.subject,
        body: email.body,
        from_email: fromEmail,
        one_click_unsubscribe_url: email.one_click_unsubscribe_url,
      },
      uri: `${url}/v2/notifications/${id}`,
      template: {
        id: template.id,
        version: email.template_version,
        uri: `${url}/services/${email.service_id}/templates/${template.id}`,
      },
      scheduled_for: null,
    });
  });

  app.get("/v2/notifications/:id", (req, res) => {
    const email = sent.find((e) => e.id === req.params.id && e.service_id === res.locals.serviceId);
    if (!email) return error(res, 404, "No result found", "NoResultFound");
    return res.json({
      id: email.id,
      reference: email.reference,
      email_address: email.email_address,
      phone_number: null,
      line_1: null,
      type: "email",
      status: email.status,
      template: {
        id: email.template_id,
        version: email.template_version,
        uri: `${url}/services/${email.service_id}/templates/${email.template_id}`,
      },
      body: email.body,
      subject: email.subject,
      created_at: email.created_at,
      created_by_name: null,
      sent_at: email.created_at,
      completed_at: email.created_at,
      one_click_unsubscribe_url: email.one_click_unsubscribe_url,
    });
  });

  app.use("/v2", (_req: Request, res: Response) =>
    error(res, 404, "The requested URL was not found on the server.", "NoResultFound"),
  );
  // Bad JSON bodies etc.
  app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: express.NextFunction) => {
    if (err.status === 400) return error(res, 400, "Invalid JSON supplied in POST data", "BadRequestError");
    return error(res, 500);
  });

  return {
    url,
    apiKey: apiKeys[0],
    sent: () => [...sent],
    clear: () => void (sent.length = 0),
    failNext: (n = 1, status = 500) => faults.failNext(n, status),
    setDown: (down) => faults.setDown(down),
    setDelay: (ms) => faults.setDelay(ms),
    reset: () => {
      faults.reset();
      sent.length = 0;
    },
    close: () => closeServer(server),
  };
}
