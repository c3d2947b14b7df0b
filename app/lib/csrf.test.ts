import { describe, expect, it } from "vitest";
import { csrfTokenFor, isValidCsrf } from "./csrf.server";

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
