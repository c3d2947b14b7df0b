import { describe, expect, it } from "vitest";
import { preparedStatementNames, preparedStatementsEnabled } from "./db-prepared-statements.ts";

const query = (sql: string) => ({ sql, args: [], argTypes: [] });

describe("prepared statement names", () => {
  it("gives one SQL text the same name every time and different texts different names", () => {
    const nameOf = preparedStatementNames();
    const a = nameOf(query("SELECT 1"));
    expect(a).not.toBe("");
    expect(nameOf(query("SELECT 1"))).toBe(a);
    expect(nameOf(query("SELECT 2"))).not.toBe(a);
  });

  it("past the cap, a new text runs unnamed (parsed for that call only) and the named ones keep their names", () => {
    const nameOf = preparedStatementNames(2);
    const first = nameOf(query("SELECT 1"));
    nameOf(query("SELECT 2"));
    expect(nameOf(query("SELECT 3"))).toBe("");
    expect(nameOf(query("SELECT 3"))).toBe("");
    expect(nameOf(query("SELECT 1"))).toBe(first);
  });

  it("is on unless DATABASE_PREPARED_STATEMENTS=false", () => {
    expect(preparedStatementsEnabled({})).toBe(true);
    expect(preparedStatementsEnabled({ DATABASE_PREPARED_STATEMENTS: "true" })).toBe(true);
    expect(preparedStatementsEnabled({ DATABASE_PREPARED_STATEMENTS: "false" })).toBe(false);
  });
});
