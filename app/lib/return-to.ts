/**
 * The one check for every "return to" address taken from a request (query string, form field, OIDC
 * state): only a path on this site, never another origin (ASVS 3.7.2, open redirects).
 *
 * Accepted: a path that starts with exactly one "/", with no backslash and no control character either
 * as given or after percent-decoding (browsers drop tabs and line breaks, so "/\t/evil.example" would
 * become "//evil.example"), that resolves to this origin, and, when `service` is given, that stays
 * inside that service. Anything else gives `fallback` (the service's default page).
 */
const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const BASE = "http://return-to.invalid";
const MAX_LENGTH = 2000;

export function safeReturnTo(value: unknown, fallback: string, service?: string | null): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  let decoded = value;
  // Decode until stable (a few rounds cover double encoding); malformed encoding is refused.
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    decoded = next;
  }
  for (const candidate of [value, decoded]) {
    if (!candidate.startsWith("/") || candidate.startsWith("//") || UNSAFE.test(candidate)) return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  if (service && url.pathname !== `/${service}` && !url.pathname.startsWith(`/${service}/`)) return fallback;
  return `${url.pathname}${url.search}`;
}
