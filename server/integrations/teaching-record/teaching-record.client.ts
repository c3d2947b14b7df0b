import { env } from "../../env.ts";
import { logger } from "../../logger.ts";

/**
 * HTTP client for the Teaching Record (DQT/TRS) API: the one call the services make.
 *
 *   GET {baseUrl}/v3/teachers/{trn}?dateOfBirth=YYYY-MM-DD
 *   Authorization: Bearer {apiKey}; X-Api-Version: {apiVersion}
 *
 * `dateOfBirth` is optional in the real API (TRS `GetTeacherByTrn`): adding a mentor checks TRN + date of birth,
 * the nightly name refresh (server/integrations/teaching-record/sync-mentors.ts) looks up by TRN only, as the
 * reference's `TeachingRecord::GetTeacher` does.
 *
 * 200 → the teacher; 404 → null (no teacher with that TRN, or the date of birth given does not match);
 * anything else (401, 429, 5xx, network failure, timeout) → TeachingRecordUnavailableError.
 */
export const DEFAULT_TEACHING_RECORD_API_VERSION = "20240416";
export const DEFAULT_TEACHING_RECORD_TIMEOUT_MS = 5000;

export type TeachingRecord = { trn: string; firstName: string; lastName: string; dateOfBirth: string | null };

export interface TeachingRecordClient {
  /** Without a date of birth, the record of that TRN whatever its date of birth. */
  findTeacher(trn: string, dateOfBirth?: string): Promise<TeachingRecord | null>;
}

export class TeachingRecordUnavailableError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = "TeachingRecordUnavailableError";
  }
}

export type TeachingRecordClientOptions = {
  baseUrl: string | undefined;
  apiKey: string | undefined;
  apiVersion?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

const TRN = /^\d{7}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createTeachingRecordClient(opts: TeachingRecordClientOptions): TeachingRecordClient {
  const doFetch = opts.fetch ?? fetch;
  return {
    async findTeacher(trn, dateOfBirth) {
      // Inputs are validated before they reach a URL (no path or query injection).
      if (!TRN.test(trn) || (dateOfBirth !== undefined && !ISO_DATE.test(dateOfBirth)))
        throw new Error("invalid TRN or date of birth");
      if (!opts.baseUrl || !opts.apiKey)
        throw new TeachingRecordUnavailableError("Teaching Record API is not configured");
      const url = new URL(`/v3/teachers/${trn}`, opts.baseUrl);
      if (dateOfBirth !== undefined) url.searchParams.set("dateOfBirth", dateOfBirth);
      let response: Response;
      try {
        response = await doFetch(url, {
          headers: {
            Authorization: `Bearer ${opts.apiKey}`,
            "X-Api-Version": opts.apiVersion ?? DEFAULT_TEACHING_RECORD_API_VERSION,
            Accept: "application/json",
          },
          signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TEACHING_RECORD_TIMEOUT_MS),
        });
      } catch (error) {
        const reason = error instanceof Error && error.name === "TimeoutError" ? "timed out" : "request failed";
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, `Teaching Record API ${reason}`);
        throw new TeachingRecordUnavailableError(`Teaching Record API ${reason}`);
      }
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) {
        await response.body?.cancel();
        logger.warn({ status: response.status }, "Teaching Record API error");
        throw new TeachingRecordUnavailableError(`Teaching Record API answered ${response.status}`, response.status);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new TeachingRecordUnavailableError("Teaching Record API sent invalid JSON", response.status);
      }
      const record = body as Partial<Record<"trn" | "firstName" | "lastName" | "dateOfBirth", unknown>>;
      if (typeof record.firstName !== "string" || typeof record.lastName !== "string") {
        throw new TeachingRecordUnavailableError("Teaching Record API sent an unexpected response", response.status);
      }
      return {
        trn: typeof record.trn === "string" ? record.trn : trn,
        firstName: record.firstName,
        lastName: record.lastName,
        dateOfBirth: typeof record.dateOfBirth === "string" ? record.dateOfBirth : null,
      };
    },
  };
}

/** The client configured from the environment (TEACHING_RECORD_API_URL / _KEY), read at call time. */
export function teachingRecordClientFromEnv(): TeachingRecordClient {
  return {
    findTeacher: (trn, dateOfBirth) =>
      createTeachingRecordClient({
        baseUrl: env().TEACHING_RECORD_API_URL,
        apiKey: env().TEACHING_RECORD_API_KEY,
        apiVersion: env().TEACHING_RECORD_API_VERSION || DEFAULT_TEACHING_RECORD_API_VERSION,
      }).findTeacher(trn, dateOfBirth),
  };
}
