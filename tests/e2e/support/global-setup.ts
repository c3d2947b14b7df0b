import { prepareTemplate } from "./app-server.ts";

/** One migrated, seeded template database per run; each worker's server copies it (support/app-server.ts). */
export default async function globalSetup() {
  return prepareTemplate();
}
