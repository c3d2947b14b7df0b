import { processWide } from "../shared/process/process-wide.ts";
import { teachingRecordClientFromEnv, type TeachingRecordClient } from "./teaching-record/teaching-record.client.ts";

/**
 * The outside services procedures call, handed to them in the tRPC context (`ctx.clients`). The server makes them
 * once, configured from the environment (`env()`, read at call time, so the fakes' URLs filled in at start-up
 * apply); a test passes clients pointing at the fake servers to `createInnerContext({ clients })` instead of
 * changing process.env.
 */
export type IntegrationClients = {
  teachingRecord: TeachingRecordClient;
};

export function integrationClientsFromEnv(): IntegrationClients {
  return processWide("integration-clients", () => ({ teachingRecord: teachingRecordClientFromEnv() }));
}
