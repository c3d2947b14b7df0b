import { UPLOAD_BODY_LIMIT } from "#server/http/body-limit.ts";

export { UPLOAD_BODY_LIMIT };

/**
 * A route that takes a file exports this as its `handle` (server/http/harden-build.ts reads `maxBodyBytes`):
 * `export { uploadHandle as handle } from "~/lib/body-limit.server";`
 */
export const uploadHandle = { maxBodyBytes: UPLOAD_BODY_LIMIT };
