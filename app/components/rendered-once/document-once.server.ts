/**
 * A page's whole HTML rendered once per data in this process and then reused.
 *
 * A page's HTML is a function of its URL, its status and its data (the loaders' data, written into the page as the
 * JSON Remix hands to the browser) and of the request's own values: the CSP nonce, the request id and the CSRF token.
 * Those values are random and appear in the HTML only as themselves (in attributes, text and the data's JSON), so a
 * kept page is the HTML cut at each of them, and a later view with the same URL, status and data (those values aside)
 * is the kept HTML joined with its own values: no React render. A page is kept the second time its data is seen, so a
 * page seen once costs only its key. Pages with errors are always rendered (their boundary renders an error object
 * whose JSON is a sanitised copy).
 */

/** The characters every per-request value is made of (base64, base64url, a UUID): the same in HTML and in JSON. */
const VALUE = /^[A-Za-z0-9+/=_-]{16,}$/;

/** Kept HTML cut at the request's values: `parts[0] + values[slots[0]] + parts[1] + …`. */
export type KeptDocument = { parts: string[]; slots: number[] };

/** At most this many characters of pages and keys are kept (a few tens of MB); past it the oldest pages go. */
export const CHARACTER_LIMIT = 12_000_000;
/** Keys seen once, waiting for a second view: at most this many characters (then forgotten, all at once). */
const SEEN_CHARACTER_LIMIT = 4_000_000;

const kept = new Map<string, KeptDocument & { size: number }>();
let keptCharacters = 0;
const seenOnce = new Set<string>();
let seenCharacters = 0;

export type DocumentInputs = {
  url: string;
  status: number;
  /** The data's JSON as written into the page. */
  data: string;
  /** The request's own values (nonce, request id, CSRF token): each random, each cut out of the kept HTML. */
  values: string[];
};

/**
 * The page's HTML: `render()`'s, or the kept HTML for the same URL, status and data with `values` in place. Values
 * that are not all random-looking text (see VALUE) make the page render every time.
 */
export function documentOnce(inputs: DocumentInputs, render: () => string): string {
  const data = cutDocument(inputs.data, inputs.values);
  if (!data) return render();
  // NUL cannot occur in JSON text, so a marker cannot be confused with the data.
  const markers = inputs.values.map((_, slot) => `\u0000${slot}\u0000`);
  const key = `${inputs.status} ${inputs.url}\u0000${fillDocument(data, markers)}`;
  const known = kept.get(key);
  if (known) return fillDocument(known, inputs.values);
  const html = render();
  if (!seenOnce.has(key)) {
    if (seenCharacters + key.length > SEEN_CHARACTER_LIMIT) {
      seenOnce.clear();
      seenCharacters = 0;
    }
    seenOnce.add(key);
    seenCharacters += key.length;
    return html;
  }
  seenOnce.delete(key);
  seenCharacters -= key.length;
  const document = cutAt(html, inputs.values);
  if (document) keep(key, document);
  return html;
}

/**
 * `text` cut at every occurrence of the non-empty values; null if two occurrences overlap (random values never do).
 * Found with indexOf, not a regular expression made for each request's values.
 */
function cutAt(text: string, values: string[]): KeptDocument | null {
  const found: { at: number; slot: number }[] = [];
  values.forEach((value, slot) => {
    if (value === "") return;
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) found.push({ at, slot });
  });
  found.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  const slots: number[] = [];
  let from = 0;
  for (const { at, slot } of found) {
    if (at < from) return null;
    parts.push(text.slice(from, at));
    slots.push(slot);
    from = at + values[slot]!.length;
  }
  parts.push(text.slice(from));
  return { parts, slots };
}

/** A page's HTML cut at its request's values, to be filled with another request's (null: see VALUE). */
export function cutDocument(html: string, values: string[]): KeptDocument | null {
  if (!values.every((value) => value === "" || VALUE.test(value))) return null;
  return cutAt(html, values);
}

/** A kept page with a request's values in place (in the order the page was cut with). */
export function fillDocument({ parts, slots }: KeptDocument, values: string[]) {
  let html = parts[0]!;
  for (let i = 0; i < slots.length; i++) html += values[slots[i]!]! + parts[i + 1]!;
  return html;
}

function keep(key: string, document: KeptDocument) {
  const size = key.length + document.parts.reduce((n, part) => n + part.length, 0);
  if (size > CHARACTER_LIMIT / 4) return;
  for (const [oldest, { size: oldestSize }] of kept) {
    if (keptCharacters + size <= CHARACTER_LIMIT) break;
    kept.delete(oldest);
    keptCharacters -= oldestSize;
  }
  kept.set(key, { ...document, size });
  keptCharacters += size;
}

/** How many pages are kept (tests). */
export function keptDocumentCount() {
  return kept.size;
}

/** Forgets every kept page (tests). */
export function forgetKeptDocuments() {
  kept.clear();
  seenOnce.clear();
  seenCharacters = 0;
  keptCharacters = 0;
}
