import type { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { csvStream, csvString, keysetBatches, safeCsvCell, safeCsvFilename } from "./csv-download.ts";
import { csvDigest, decodeCsvBytes, parseCsvUpload } from "./csv-upload.ts";

const spec = {
  requiredHeaders: ["claim_reference", "claim_status"],
  optionalHeaders: ["claim_unpaid_reason"],
  keyColumn: "claim_reference",
  row: z.object({
    claim_reference: z.string().regex(/^\d{1,8}$/, "Enter a valid claim reference"),
    claim_status: z.enum(["paid", "unpaid"], { message: "Enter a valid claim status" }),
    claim_unpaid_reason: z.string().max(20, "Reason must be 20 characters or fewer").optional(),
  }),
};

describe("parseCsvUpload", () => {
  it("reads rows by header name, trims cells, skips rows with a blank key and numbers rows as a spreadsheet does", () => {
    const text = "claim_status, claim_reference ,extra\npaid, 123 ,x\n,,\nunpaid,456,y\n";
    const result = parseCsvUpload(text, spec);
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 2, data: { claim_reference: "123", claim_status: "paid" } },
        { row: 4, data: { claim_reference: "456", claim_status: "unpaid" } },
      ],
    });
  });

  it("lists every row's problems and returns no rows when any row fails", () => {
    const text =
      "claim_reference,claim_status,claim_unpaid_reason\n1,paid,\nabc,paid,\n3,maybe,\n4,unpaid," + "x".repeat(21);
    const result = parseCsvUpload(text, spec);
    expect(result).toEqual({
      ok: false,
      fileError: null,
      rowErrors: [
        { row: 3, message: "Enter a valid claim reference" },
        { row: 4, message: "Enter a valid claim status" },
        { row: 5, message: "Reason must be 20 characters or fewer" },
      ],
    });
  });

  it("refuses a file without the required headers, an empty file, binary content and too many rows", () => {
    expect(parseCsvUpload("reference,status\n1,paid", spec)).toMatchObject({
      ok: false,
      fileError: "The selected file must be a CSV with the columns: claim_reference, claim_status",
    });
    expect(parseCsvUpload("", spec)).toMatchObject({ ok: false, fileError: "The selected file is empty" });
    expect(parseCsvUpload("claim_reference,claim_status\n", spec)).toMatchObject({
      fileError: "The selected file has no rows",
    });
    expect(parseCsvUpload("claim_reference,claim_status\n1,paid\u0000", spec)).toMatchObject({
      fileError: "The selected file must be a CSV file",
    });
    expect(parseCsvUpload('claim_reference,claim_status\n"1,paid', spec)).toMatchObject({
      fileError: "The selected file must be a CSV file",
    });
    const many = "claim_reference,claim_status\n" + "1,paid\n".repeat(3);
    expect(parseCsvUpload(many, { ...spec, maxRows: 2 })).toMatchObject({
      fileError: "The selected file must have no more than 2 rows",
    });
  });

  it("decodes UTF-8 (with a byte-order mark) and falls back to ISO-8859-1", () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("name\nZoë", "utf8")]);
    expect(decodeCsvBytes(utf8)).toBe("name\nZoë");
    const latin1 = Buffer.from("name\nZoë", "latin1");
    expect(decodeCsvBytes(latin1)).toBe("name\nZoë");
    expect(csvDigest(latin1)).toMatch(/^[0-9a-f]{64}$/);
    expect(csvDigest(latin1)).not.toBe(csvDigest(utf8));
  });
});

describe("CSV download", () => {
  it("prefixes cells that a spreadsheet would run as formulas, and leaves numbers alone", () => {
    expect(safeCsvCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    for (const start of ["+", "-", "@", "\t", "\r", "\0"]) expect(safeCsvCell(`${start}1`)).toBe(`'${start}1`);
    expect(safeCsvCell("Hogwarts")).toBe("Hogwarts");
    expect(safeCsvCell(-12.5)).toBe(-12.5);
    expect(safeCsvCell(null)).toBe("");
    expect(safeCsvCell(new Date("2026-12-02T10:00:00Z"))).toBe("2026-12-02T10:00:00.000Z");
  });

  it("writes a header and quoted rows that read back as the same values", () => {
    const columns = [
      { header: "name", value: (r: { name: string; amount: number }) => r.name },
      { header: "amount", value: (r: { name: string; amount: number }) => r.amount },
    ];
    const text = csvString(columns, [
      { name: 'Dr "Who", Jr', amount: 10.5 },
      { name: "=1+1", amount: -3 },
    ]);
    expect(text).toBe('name,amount\n"Dr ""Who"", Jr",10.5\n\'=1+1,-3\n');
    expect(parse(text)).toEqual([
      ["name", "amount"],
      ['Dr "Who", Jr', "10.5"],
      ["'=1+1", "-3"],
    ]);
  });

  it("streams rows from keyset batches without reading ahead of the consumer", async () => {
    const fetched: (number | null)[] = [];
    const total = 2500;
    const batches = keysetBatches(
      async (after: number | null, take: number) => {
        fetched.push(after);
        const start = after ?? 0;
        return Array.from({ length: Math.max(0, Math.min(take, total - start)) }, (_, i) => ({ id: start + i + 1 }));
      },
      (row) => row.id,
      1000,
    );
    const stream: Readable = csvStream([{ header: "id", value: (r: { id: number }) => r.id }], batches);
    let text = "";
    for await (const chunk of stream) text += chunk.toString();
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("id");
    expect(lines).toHaveLength(total + 1);
    expect(lines[total]).toBe(String(total));
    expect(fetched).toEqual([null, 1000, 2000]);
  });

  it("keeps file names to safe characters", () => {
    expect(safeCsvFilename('claims-2026-12-02.csv"; x')).toBe("claims-2026-12-02.csv---x.csv");
    expect(safeCsvFilename("payments-claims-2026-12-02T10:00:00Z")).toBe("payments-claims-2026-12-02T10-00-00Z.csv");
  });
});
