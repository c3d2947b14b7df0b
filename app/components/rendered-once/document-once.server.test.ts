// @vitest-environment node
import { randomBytes, randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { CHARACTER_LIMIT, documentOnce, forgetKeptDocuments, keptDocumentCount } from "./document-once.server";

/** A request's own values, as the server makes them: a nonce (base64), a request id (UUID), a CSRF token. */
function requestValues() {
  return {
    nonce: randomBytes(16).toString("base64"),
    requestId: randomUUID(),
    csrf: randomBytes(32).toString("base64url"),
  };
}

type Values = ReturnType<typeof requestValues>;

/** A page as entry.server makes one: the values in attributes, in text and in the data's JSON. */
function page(data: { title: string }, v: Values) {
  const json = JSON.stringify({ loaderData: { root: { csrfToken: v.csrf, requestId: v.requestId }, page: data } });
  return {
    json,
    html:
      `<html><head><title>${data.title}</title><script nonce="${v.nonce}">x()</script></head><body>` +
      `<form><input type="hidden" name="_csrf" value="${v.csrf}"></form><p>Reference ${v.requestId}</p>` +
      `<script nonce="${v.nonce}">window.__remixContext = ${json};</script></body></html>`,
  };
}

/** One view: the HTML documentOnce gives and whether it rendered. */
function view(data: { title: string }, opts: { url?: string; status?: number; values?: Values } = {}) {
  const v = opts.values ?? requestValues();
  const { json, html } = page(data, v);
  let rendered = false;
  const out = documentOnce(
    {
      url: opts.url ?? "http://localhost/claims/cookies",
      status: opts.status ?? 200,
      data: json,
      values: [v.nonce, v.requestId, v.csrf],
    },
    () => {
      rendered = true;
      return html;
    },
  );
  return { out, expected: html, rendered };
}

beforeEach(() => forgetKeptDocuments());

describe("documentOnce", () => {
  it("renders a page the first two times its data is seen, then gives the kept page with each view's own values", () => {
    const data = { title: "Cookies" };
    expect(view(data).rendered).toBe(true);
    expect(view(data).rendered).toBe(true);
    expect(keptDocumentCount()).toBe(1);
    for (let i = 0; i < 3; i++) {
      const third = view(data);
      expect(third.rendered).toBe(false);
      // Exactly the render of this view: its nonce, request id and token, in the HTML and in the data's JSON.
      expect(third.out).toBe(third.expected);
    }
  });

  it("renders again when the data, the address or the status differ", () => {
    const data = { title: "Cookies" };
    view(data);
    view(data);
    expect(view({ title: "Privacy" }).rendered).toBe(true);
    expect(view(data, { url: "http://localhost/claims/privacy" }).rendered).toBe(true);
    expect(view(data, { status: 404 }).rendered).toBe(true);
    expect(view(data).rendered).toBe(false);
  });

  it("keys on the data apart from the request's values: another session's token is not the same data", () => {
    const data = { title: "Claims" };
    view(data);
    view(data);
    const v = requestValues();
    // The same token appearing as data (not as this request's value) names different data.
    const { json } = page(data, requestValues());
    let rendered = false;
    documentOnce(
      { url: "http://localhost/claims/cookies", status: 200, data: json, values: [v.nonce, v.requestId, v.csrf] },
      () => {
        rendered = true;
        return "";
      },
    );
    expect(rendered).toBe(true);
  });

  it("renders every time when a value is not random text (it could not be cut out of the HTML safely)", () => {
    for (const bad of ["", "short", 'quote"and<angle>brackets-0123456789']) {
      const values = { ...requestValues(), csrf: bad };
      for (let i = 0; i < 3; i++) {
        const { out, expected, rendered } = view({ title: "Cookies" }, { values });
        expect(out).toBe(expected);
        if (bad !== "") expect(rendered).toBe(true);
      }
      forgetKeptDocuments();
    }
  });

  it("renders every time when one value holds another (the cuts would overlap)", () => {
    const values = () => {
      const v = requestValues();
      return { ...v, csrf: `${v.nonce}${v.csrf}` };
    };
    for (let i = 0; i < 3; i++) expect(view({ title: "Cookies" }, { values: values() }).rendered).toBe(true);
    expect(keptDocumentCount()).toBe(0);
  });

  it("keeps a page with an empty value (no CSRF token) and fills in the others", () => {
    const data = { title: "Error" };
    const values = () => ({ ...requestValues(), csrf: "" });
    view(data, { values: values() });
    view(data, { values: values() });
    const third = view(data, { values: values() });
    expect(third.rendered).toBe(false);
    expect(third.out).toBe(third.expected);
  });

  it("does not keep a page too large for its share of the limit", () => {
    const data = { title: "x".repeat(CHARACTER_LIMIT / 4) };
    view(data);
    view(data);
    expect(keptDocumentCount()).toBe(0);
    expect(view(data).rendered).toBe(true);
  });

  it("keeps at most its character limit, dropping the oldest pages first", () => {
    // Each page counts its title three times (key, HTML, the HTML's JSON): 15 % of the limit each, so six fit.
    const size = Math.floor(CHARACTER_LIMIT / 20);
    const titles = Array.from({ length: 14 }, (_, i) => `${i}`.padEnd(size, "x"));
    for (const title of titles) {
      view({ title });
      view({ title });
    }
    expect(keptDocumentCount()).toBe(6);
    expect(view({ title: titles[13]! }).rendered).toBe(false);
    expect(view({ title: titles[0]! }).rendered).toBe(true);
  });
});
