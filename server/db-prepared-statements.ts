/**
 * Names for PostgreSQL prepared statements, so that each connection parses and plans a query shape once instead of
 * on every call.
 *
 * Without a name, every query the Prisma client sends is parsed and planned again by PostgreSQL: for the app's
 * queries (joins with JSON aggregation) that is 1–3 ms of database CPU each, several times the execution itself.
 * With a name, `pg` sends Parse once per connection and afterwards only Bind/Execute, and PostgreSQL's plan cache
 * can reuse a generic plan.
 *
 * The same SQL text always gets the same name in a process (a name used for a different text is an error in `pg`).
 * The number of names is capped: a query shape beyond the cap (e.g. a raw query with a varying IN list) runs
 * unnamed, as before, so neither this map nor the statements prepared on each connection grow without bound.
 *
 * Switch off with DATABASE_PREPARED_STATEMENTS=false (e.g. behind a pooler in transaction mode without
 * prepared-statement support).
 *
 * A prepared statement is still planned again on every execution while PostgreSQL judges a plan made for the given
 * values cheaper than its generic plan (its plan cache compares the two after five executions), and for the app's
 * joins with JSON aggregation one plan costs 0.2–0.9 ms, more than executing it. A hot statement whose best plan does
 * not depend on its values (the session read, the school claims list) reads each parameter through a scalar subquery,
 * `(SELECT ${value}::uuid)`: no plan can use the value, so every plan costs the same and PostgreSQL keeps the generic
 * one from the sixth execution on. Not for a statement whose best plan depends on its values (a search pattern, a
 * rare status, a location's bounding box).
 */
import type { SqlQuery } from "@prisma/driver-adapter-utils";

export const MAX_PREPARED_STATEMENTS = 2000;

export function preparedStatementNames(limit = MAX_PREPARED_STATEMENTS): (query: SqlQuery) => string {
  const names = new Map<string, string>();
  return (query) => {
    let name = names.get(query.sql);
    if (name === undefined) {
      // An empty name is pg's unnamed statement: parsed for this call only.
      if (names.size >= limit) return "";
      name = `itt_${names.size}`;
      names.set(query.sql, name);
    }
    return name;
  };
}

export function preparedStatementsEnabled(env: Record<string, string | undefined> = process.env) {
  return env.DATABASE_PREPARED_STATEMENTS !== "false";
}
