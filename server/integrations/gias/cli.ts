/**
 * `npm run import:gias -- <file or URL>` — imports a GIAS "edubasealldata" CSV into the database
 * (DATABASE_URL, else the embedded PGlite database). Without an argument, downloads yesterday's file from
 * GIAS_CSV_BASE_URL (as the nightly job does). Exit code 0 = imported (skipped rows are listed), 1 = refused.
 */
import { closeDb, getDb } from "../../db.ts";
import { formatGiasReport, GiasStructureError, importGias } from "./import.ts";
import { giasUrlForYesterday } from "./source.ts";

async function main() {
  const source = process.argv[2] ?? giasUrlForYesterday();
  if (!source) {
    console.error("Usage: npm run import:gias -- <edubasealldata.csv | URL>  (or set GIAS_CSV_BASE_URL)");
    process.exitCode = 1;
    return;
  }
  const db = await getDb();
  try {
    const report = await importGias(db, source);
    console.log(formatGiasReport(report));
  } catch (error) {
    console.error(error instanceof GiasStructureError ? `GIAS import refused: ${error.message}` : error);
    process.exitCode = 1;
  } finally {
    await closeDb();
  }
}

await main();
