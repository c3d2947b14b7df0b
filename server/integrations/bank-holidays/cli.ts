/** `npm run import:bank-holidays -- <file or URL>` (default https://www.gov.uk/bank-holidays.json). */
import { closeDb, getDb } from "../../db.ts";
import { importBankHolidays, loadBankHolidaysJson, parseBankHolidays } from "./bank-holidays.ts";

const source = process.argv[2] ?? "https://www.gov.uk/bank-holidays.json";
try {
  const events = parseBankHolidays(await loadBankHolidaysJson(source));
  const result = await importBankHolidays(await getDb(), events);
  console.log(
    `Bank holidays from ${source}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`,
  );
} catch (error) {
  console.error(`Bank holiday import failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
