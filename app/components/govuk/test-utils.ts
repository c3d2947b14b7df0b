/**
 * Test helper: attributes of the first element whose opening tag matches
 * `id="<id>"` (attribute order-insensitive assertions on static markup).
 */
export function attrsById(html: string, id: string): Record<string, string> {
  const tagPattern = /<([a-zA-Z0-9]+)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g;
  for (const match of html.matchAll(tagPattern)) {
    const attrs = parseAttrs(match[2] ?? "");
    if (attrs.id === id) return { tag: match[1] ?? "", ...attrs };
  }
  throw new Error(`No element with id="${id}" in:\n${html}`);
}

export function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) {
    if (match[1]) attrs[match[1]] = match[2] ?? "";
  }
  return attrs;
}
