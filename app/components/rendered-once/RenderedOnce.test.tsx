// @vitest-environment node
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Table, type TableCell } from "../govuk/Table";
import { keptMarkupCount, markupOnce } from "./markup-cache.server";
import { keepRenderedMarkupWith, RenderedOnce } from "./RenderedOnce";

type Claim = { id: string; reference: string; provider: string; mentors: string[]; status: string };

const claims: Claim[] = [
  { id: "c1", reference: "10000001", provider: "Best Practice Network", mentors: ["Ann Lee", "Bo Yu"], status: "Paid" },
  { id: "c2", reference: "10000002", provider: "Essex & Thames <SCITT>", mentors: [], status: "Draft" },
];

/** Cells with elements, text beside text, and characters to escape: all of what React's own render has to match. */
const cells = (claim: Claim): TableCell[] => [
  <a key="ref" className="govuk-link" href={`/claims/${claim.id}`}>
    {claim.reference} ({claim.id})
  </a>,
  claim.provider,
  <ul key="mentors" className="govuk-list">
    {claim.mentors.map((name) => (
      <li key={name}>{name}</li>
    ))}
  </ul>,
  { text: claim.status, format: "numeric" },
];

const table = (rows: Claim[], name: string) => (
  <main>
    <p>Before {rows.length} rows</p>
    <Table head={["Reference", "Provider", "Mentors", "Status"]} cachedRows={{ name, items: rows, cells }} />
  </main>
);

// As app/entry.server.tsx sets it up on the server.
beforeEach(() => keepRenderedMarkupWith(markupOnce));
afterEach(() => vi.restoreAllMocks());

describe("Table's cachedRows (RenderedOnce)", () => {
  it("renders exactly the HTML React renders for the same rows, the first time and when reused", () => {
    const direct = renderToString(
      <main>
        <p>Before {claims.length} rows</p>
        <Table head={["Reference", "Provider", "Mentors", "Status"]} rows={claims.map(cells)} />
      </main>,
    );
    expect(renderToString(table(claims, "identical"))).toBe(direct);
    expect(renderToString(table(claims, "identical"))).toBe(direct);
    expect(direct).toContain("Essex &amp; Thames &lt;SCITT&gt;");
  });

  it("makes a row's cells once per process for the same data, and again when the data changes", () => {
    const made = vi.fn(cells);
    const render = (rows: Claim[]) =>
      renderToString(<Table cachedRows={{ name: "made once", items: rows, cells: made }} />);
    const first = render(claims);
    expect(made).toHaveBeenCalledTimes(2);
    expect(render(claims)).toBe(first);
    expect(made).toHaveBeenCalledTimes(2);

    const paid = [{ ...claims[1]!, status: "Submitted" }, claims[0]!];
    const changed = render(paid);
    expect(made).toHaveBeenCalledTimes(3);
    expect(changed).toContain("Submitted");
    expect(changed.indexOf("10000002")).toBeLessThan(changed.indexOf("10000001"));
  });

  it("keeps tables apart by name: the same data under another name is rendered by its own cells", () => {
    const other = (claim: Claim): TableCell[] => [`Other ${claim.reference}`];
    renderToString(table(claims, "first table"));
    const html = renderToString(<Table cachedRows={{ name: "second table", items: claims, cells: other }} />);
    expect(html).toContain("Other 10000001");
    expect(html).not.toContain("govuk-list");
  });

  it("keeps a bounded number of renders", async () => {
    const { LIMIT } = await import("./markup-cache.server");
    for (let i = 0; i < LIMIT + 10; i++) {
      renderToString(<RenderedOnce as="tr" cacheKey={`bounded ${i}`} render={() => <td>{i}</td>} />);
    }
    expect(keptMarkupCount()).toBeLessThanOrEqual(LIMIT);
    expect(keptMarkupCount()).toBeGreaterThan(0);
  });
});

describe("RenderedOnce without a key", () => {
  it("renders its content every time, as elements", () => {
    const render = vi.fn(() => <td>1</td>);
    const html = () => renderToString(<RenderedOnce as="tr" cacheKey={null} render={render} />);
    expect(html()).toBe("<tr><td>1</td></tr>");
    expect(html()).toBe("<tr><td>1</td></tr>");
    expect(render).toHaveBeenCalledTimes(2);
  });
});

describe("RenderedOnce in the browser", () => {
  it("renders its content as elements (the server's HTML is hydrated, not set) when no renders are kept", () => {
    keepRenderedMarkupWith(null);
    const element = RenderedOnce({ as: "tr", className: "row", cacheKey: "browser", render: () => <td>1</td> });
    expect(element.props).not.toHaveProperty("dangerouslySetInnerHTML");
    expect(renderToString(element)).toBe('<tr class="row"><td>1</td></tr>');
  });
});
