import { pino } from "pino";

/**
 * Structured JSON logs. Never log cookies, tokens, CSRF values or form bodies:
 * the redact list is a safety net, callers should not pass them in the first place.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "itt-mentor-services" },
  redact: {
    paths: [
      "req.headers.cookie",
      "req.headers.authorization",
      "res.headers['set-cookie']",
      "*.password",
      "*.idToken",
      "*.id_token",
      "*.accessToken",
      "*.csrf",
      "*._csrf",
    ],
    censor: "[redacted]",
  },
});

export type Logger = typeof logger;
