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

  it("the bytes handed out are the caller's own: the pool wiping what it gave, or refilling, leaves them as they were", () => {
    const first = pooledRandomBytes(32);
    const kept = Buffer.from(first);
    expect(first.equals(Buffer.alloc(32))).toBe(false);
    for (let i = 0; i < 300; i++) pooledRandomBytes(32);
    expect(first.equals(kept)).toBe(true);
  });

  it("large requests come straight from the CSPRNG", () => {
    expect(pooledRandomBytes(1024).length).toBe(1024);
  });
});
