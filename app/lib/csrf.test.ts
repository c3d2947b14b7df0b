import { describe, expect, it, vi } from "vitest";
import { logger } from "#server/logger.ts";
import { csrfTokenFor, isValidCsrf } from "./csrf.server";
import { readForm } from "./form.server";

function requestWithCookie(cookie?: string) {
  return new Request("http://localhost/claims/x", { headers: cookie ? { Cookie: cookie } : {} });
}

function cookieValue(setCookie: string) {
  return setCookie.split(";")[0];
}

describe("CSRF tokens", () => {
  it("issues a cookie to a new browser and accepts the matching token", () => {
    const first = csrfTokenFor(requestWithCookie());
    expect(first.setCookie).toMatch(/HttpOnly/i);
    const cookie = cookieValue(first.setCookie!);
    const again = csrfTokenFor(requestWithCookie(cookie));
    expect(again.setCookie).toBeUndefined();
    expect(again.token).toBe(first.token);
    expect(isValidCsrf(requestWithCookie(cookie), first.token)).toBe(true);
  });

  it("refuses a missing, wrong or other browser's token", () => {
    const a = cookieValue(csrfTokenFor(requestWithCookie()).setCookie!);
    const b = csrfTokenFor(requestWithCookie());
    expect(isValidCsrf(requestWithCookie(a), null)).toBe(false);
    expect(isValidCsrf(requestWithCookie(a), "nonsense")).toBe(false);
    expect(isValidCsrf(requestWithCookie(a), b.token)).toBe(false);
    expect(isValidCsrf(requestWithCookie(), b.token)).toBe(false);
  });
});

describe("CSRF tokens of a signed-in session", () => {
  it("are bound to the session: another session's (or a cookie's) token is refused", () => {
    const cookie = cookieValue(csrfTokenFor(requestWithCookie()).setCookie!);
    const mine = csrfTokenFor(requestWithCookie(cookie), "session-a").token;
    expect(isValidCsrf(requestWithCookie(cookie), mine, "session-a")).toBe(true);
    // An attacker's own session token, or their cookie-bound pair, does not work with the victim's session.
    expect(
      isValidCsrf(requestWithCookie(cookie), csrfTokenFor(requestWithCookie(cookie), "session-b").token, "session-a"),
    ).toBe(false);
    expect(isValidCsrf(requestWithCookie(cookie), csrfTokenFor(requestWithCookie(cookie)).token, "session-a")).toBe(
      false,
    );
  });
});

describe("readForm", () => {
  it("refuses a form with a wrong token with 403, logging the request id", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const cookie = cookieValue(csrfTokenFor(requestWithCookie()).setCookie!);
    const request = new Request("http://localhost/claims/schools/x/claims/y/submit", {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", "X-Request-Id": "req-123" },
      body: "_csrf=nonsense&version=1",
    });
    const refused = await readForm(request).catch((e: unknown) => e);
    expect((refused as Response).status).toBe(403);
    expect(warn).toHaveBeenCalledWith(
      {
        requestId: "req-123",
        userId: undefined,
        route: "/claims/schools/x/claims/y/submit",
        reason: "CSRF token missing or invalid",
      },
      "denied: CSRF token missing or invalid",
    );
    warn.mockRestore();
  });
});
