/**
 * `npm run import:providers [-- <cycle year>]` / `npm run import:subjects` — imports from the Publish API at PUBLISH_API_URL
 * (START_FAKES=true starts the local fake and points PUBLISH_API_URL at it).
 */
import { closeDb, getDb } from "../../db.ts";
import { env } from "../../env.ts";
import { currentRecruitmentCycleYear, importProviders, importSubjects } from "./publish-import.ts";

const [what, cycleArg] = process.argv.slice(2);
let fakes: { close(): Promise<void> } | undefined;
try {
  if (env().START_FAKES) fakes = await (await import("../../fakes/dev.ts")).startDevFakes();
  const baseUrl = env().PUBLISH_API_URL;
  if (!baseUrl) throw new Error("PUBLISH_API_URL is not set");
  const db = await getDb();
  if (what === "providers") {
    const r = await importProviders(db, {
      baseUrl,
      cycle: cycleArg ? Number(cycleArg) : currentRecruitmentCycleYear(),
    });
    console.log(
      `Providers (cycle ${r.cycle}, ${r.pages} pages): ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped.`,
    );
  } else if (what === "subjects") {
    const r = await importSubjects(db, { baseUrl });
    console.log(
      `Subjects: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped.`,
    );
  } else {
    throw new Error("Usage: tsx server/integrations/publish/cli.ts providers [cycle] | subjects");
  }
} catch (error) {
  console.error(`Publish import failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await closeDb();
  await fakes?.close();
}
