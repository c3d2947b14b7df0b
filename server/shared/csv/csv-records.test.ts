import { Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { CsvReadError, readCsvRecords } from "./csv-records.ts";

/** The bytes of `text` as a stream of chunks of the given sizes (repeated), as a file read in pieces would be. */
function chunked(bytes: Buffer, sizes: number[]) {
  const chunks: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return Readable.from(chunks, { objectMode: false });
}

async function read(bytes: Buffer, sizes = [64 * 1024], encoding: BufferEncoding = "latin1") {
  const out: { record: string[]; line: number }[] = [];
  for await (const r of readCsvRecords(chunked(bytes, sizes), { encoding })) out.push(r);
  return out;
}

describe("readCsvRecords", () => {
  // Fields with every character the quoting rules are about: delimiters, quotes, both line breaks, latin1 letters.
  const records = Array.from({ length: 60 }, (_, i) => [
    String(100000 + i),
    i % 3 === 0 ? `St Mary's, "The Priory" ${i}` : `School ${i}`,
    i % 7 === 0 ? `Line one\r\nline two\nline three` : "",
    i % 5 === 0 ? `Brómley ""quoted"" ${i}` : `Town ${i}`,
    i % 11 === 0 ? `"` : `,`,
  ]);

  it("reads every record whatever the chunk boundaries, with the line each starts on", async () => {
    const text = stringify(records, { record_delimiter: "\r\n" });
    const bytes = Buffer.from(text, "latin1");
    const expectedLines = records.reduce<number[]>((lines, r, i) => {
      const previous = i === 0 ? 1 : lines[i - 1]! + 1 + records[i - 1]!.join("").split("\n").length - 1;
      return [...lines, previous];
    }, []);
    for (const sizes of [[1], [2, 3], [7], [64], [1000], [64 * 1024]]) {
      const out = await read(bytes, sizes);
      expect(out.map((r) => r.record)).toEqual(records);
      expect(out.map((r) => r.line)).toEqual(expectedLines);
    }
  });

  it("reads LF files and skips empty lines", async () => {
    const out = await read(Buffer.from("a,b\n\n1,2\n3,4\n", "latin1"), [3]);
    expect(out).toEqual([
      { record: ["a", "b"], line: 1 },
      { record: ["1", "2"], line: 3 },
      { record: ["3", "4"], line: 4 },
    ]);
  });

  it("decodes a multi-byte encoding across chunk boundaries", async () => {
    const out = await read(Buffer.from("name\r\nBrómley Primary\r\n", "utf8"), [1], "utf8");
    expect(out.map((r) => r.record[0])).toEqual(["name", "Brómley Primary"]);
  });

  it("refuses a quoted field that never closes, naming its line, after the records before it", async () => {
    const bytes = Buffer.from('a,b\r\n1,2\r\n3,"unterminated\r\n4,5\r\n', "latin1");
    const out: string[][] = [];
    const error = await (async () => {
      for await (const r of readCsvRecords(chunked(bytes, [4]), { encoding: "latin1" })) out.push(r.record);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvReadError);
    expect((error as CsvReadError).line).toBe(3);
    expect(out).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("refuses a closing quote followed by more text", async () => {
    const error = await read(Buffer.from('a,b\r\n"x"y,2\r\n', "latin1"), [5]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvReadError);
    expect((error as CsvReadError).message).toMatch(/malformed/);
    expect((error as CsvReadError).line).toBe(2);
  });

  it("reads a file that does not end with a line break", async () => {
    expect((await read(Buffer.from('a,b\r\n1,"2"', "latin1"), [6])).map((r) => r.record)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});
