/**
 * Counts the SQL statements (database round trips) a unit of work sends, e.g. one page view.
 *
 * Every client opened by `server/db.ts` goes through `countingAdapterFactory`, which adds one to the active tally
 * for each query the Prisma client sends through its driver adapter (inside transactions too, including BEGIN and
 * COMMIT). A tally is active only inside `countStatements(fn)` (tests) or a request wrapped by the
 * `COUNT_SQL_STATEMENTS=true` middleware (bench mode); elsewhere the cost is one AsyncLocalStorage lookup per query.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";

export type StatementTally = { statements: number };

// One store per process, shared by every copy of this module: the Remix server build bundles its own copy of
// server/ code next to the one the Express entry loads.
const shared = globalThis as { __ittSqlStatementTally?: AsyncLocalStorage<StatementTally> };
const active = (shared.__ittSqlStatementTally ??= new AsyncLocalStorage<StatementTally>());

/** Runs fn with a fresh tally and returns its result with the number of statements it sent. */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const tally: StatementTally = { statements: 0 };
  const result = await active.run(tally, fn);
  return { result, statements: tally.statements };
}

/** Runs fn (synchronously starting async work) with the given tally active, e.g. around an HTTP request. */
export function withStatementTally<T>(tally: StatementTally, fn: () => T): T {
  return active.run(tally, fn);
}

function countQueries<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => {
    const tally = active.getStore();
    if (tally) tally.statements++;
    if (tally && process.env.DEBUG_SQL_TALLY) console.log("SQL", query.sql.slice(0, 400));
    return queryRaw(query);
  };
  queryable.executeRaw = (query) => {
    const tally = active.getStore();
    if (tally) tally.statements++;
    if (tally && process.env.DEBUG_SQL_TALLY) console.log("SQL", query.sql.slice(0, 400));
    return executeRaw(query);
  };
  return queryable;
}

/** Wraps a driver adapter factory so the adapters (and their transactions) it connects count statements. */
export function countingAdapterFactory<F extends SqlDriverAdapterFactory>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter: SqlDriverAdapter = countQueries(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      // BEGIN is sent inside startTransaction, before the transaction object can be wrapped.
      const tally = active.getStore();
      if (tally) tally.statements++;
      const transaction = countQueries(await startTransaction(isolationLevel));
      // With "phantom" COMMIT/ROLLBACK queries (the embedded database's adapter) the driver ends the transaction
      // itself rather than Prisma sending the statement: counted here, so a tally is the same on both engines.
      if (transaction.options.usePhantomQuery) {
        for (const end of ["commit", "rollback"] as const) {
          const finish = transaction[end].bind(transaction);
          transaction[end] = () => {
            const current = active.getStore();
            if (current) current.statements++;
            return finish();
          };
        }
      }
      return transaction;
    };
    return adapter;
  };
  return factory;
}
