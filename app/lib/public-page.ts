/**
 * A route whose page is the same for every signed-out view of its address (its loader reads the address alone, no
 * database, no clock): the server keeps the page's HTML once rendered and serves later signed-out views of it without
 * running the loaders or rendering (server/http/public-pages.ts). Export it as the route's `handle`.
 */
export const publicPageHandle = { publicPage: true } as const;

export function isPublicPageHandle(handle: unknown): boolean {
  return typeof handle === "object" && handle !== null && (handle as { publicPage?: unknown }).publicPage === true;
}
