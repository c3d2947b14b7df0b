import { format } from "node:util";
import { pino } from "pino";

/**
 * Structured JSON logs. Never log cookies, tokens, CSRF values or form bodies:
 * the redact list is a safety net, callers should not pass them in the first place.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "itt-mentor-services" },
  timestamp: pino.stdTimeFunctions.isoTime,
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

/**
 * Routes console.log/info/warn/error through the logger, so the process writes nothing but JSON lines
 * (libraries such as Remix warn through the console). Error arguments keep their stack.
 */
export function sendConsoleToLogger() {
  const forward =
    (level: "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const err = args.find((a) => a instanceof Error);
      const message = format(...args.map((a) => (a instanceof Error ? a.message : a)));
      if (err) logger[level]({ err, source: "console" }, message);
      else logger[level]({ source: "console" }, message);
    };
  console.log = forward("info");
  console.info = forward("info");
  console.warn = forward("warn");
  console.error = forward("error");
}
