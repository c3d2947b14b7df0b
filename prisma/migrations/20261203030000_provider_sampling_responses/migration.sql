-- Provider audit responses uploaded by support (reference §3.10): the normalised CSV for the activity log, and the
-- file's SHA-256 so the same response cannot be applied twice.
CREATE TABLE "provider_sampling_responses" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID,
    "content_digest" TEXT NOT NULL,
    "csv_filename" TEXT,
    "csv_content" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "provider_sampling_responses_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "provider_sampling_responses_content_digest_key" ON "provider_sampling_responses"("content_digest");

ALTER TABLE "provider_sampling_responses" ADD CONSTRAINT "provider_sampling_responses_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
