import { describe, expect, it } from "vitest";
import { boundedMemo } from "./bounded-memo.ts";

describe("boundedMemo", () => {
  it("computes each key once and answers it again from memory", () => {
    const calls: number[] = [];
    const square = boundedMemo((n: number) => {
      calls.push(n);
      return n * n;
    });
    expect([square(3), square(4), square(3), square(4)]).toEqual([9, 16, 9, 16]);
    expect(calls).toEqual([3, 4]);
  });

  it("remembers undefined answers too", () => {
    let calls = 0;
    const nothing = boundedMemo((_: string) => {
      calls++;
      return undefined;
    });
    nothing("a");
    nothing("a");
    expect(calls).toBe(1);
  });

  it("forgets everything past its limit, so memory stays bounded", () => {
    const calls: number[] = [];
    const id = boundedMemo((n: number) => {
      calls.push(n);
      return n;
    }, 2);
    id(1);
    id(2);
    id(3); // the third key: the first two are forgotten
    id(1);
    id(3);
    expect(calls).toEqual([1, 2, 3, 1]);
  });

  it("does not remember a throw", () => {
    let calls = 0;
    const failing = boundedMemo((_: number) => {
      calls++;
      throw new RangeError("invalid");
    });
    expect(() => failing(1)).toThrow(RangeError);
    expect(() => failing(1)).toThrow(RangeError);
    expect(calls).toBe(2);
  });
});
