import { describe, expect, it } from "vitest";
import { pooledRandomBytes } from "./pooled-random-bytes.ts";

describe("pooledRandomBytes", () => {
  it("gives the size asked for, never the same bytes twice, across pool refills", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const bytes = pooledRandomBytes(16);
      expect(bytes.length).toBe(16);
      seen.add(bytes.toString("hex"));
    }
    expect(seen.size).toBe(1000);
  });

  it("a caller changing its bytes does not change anyone else's", () => {
    const first = pooledRandomBytes(32);
    const copy = Buffer.from(first);
    first.fill(0);
    const second = pooledRandomBytes(32);
    expect(second.equals(Buffer.alloc(32))).toBe(false);
    expect(copy.equals(Buffer.alloc(32))).toBe(false);
  });

  it("large requests come straight from the CSPRNG", () => {
    expect(pooledRandomBytes(1024).length).toBe(1024);
  });
});
