import type { RequestHandler } from "express";
import { withStatementTally, type StatementTally } from "../db-statements.ts";

/** Process-wide totals of the requests counted and the SQL statements they sent (bench mode only). */
const totals = { requests: 0, statements: 0 };

/**
 * Bench mode (COUNT_SQL_STATEMENTS=true): every request runs with its own statement tally, added to the totals when
 * the response has been sent. The bench reads the totals before and after a page's run (GET /__bench/sql-statements)
 * and divides. Off in production: the route does not exist and requests run uncounted.
 */
export const countSqlStatements: RequestHandler = (req, res, next) => {
  if (req.path === SQL_STATEMENTS_PATH) return next();
  const tally: StatementTally = { statements: 0 };
  res.on("finish", () => {
    totals.requests++;
    totals.statements += tally.statements;
  });
  withStatementTally(tally, next);
};

export const SQL_STATEMENTS_PATH = "/__bench/sql-statements";

export const sqlStatementTotals: RequestHandler = (_req, res) => {
  res.setHeader("Cache-Control", "no-store");
  res.json({ ...totals, pid: process.pid });
};
