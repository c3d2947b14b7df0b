-- DropIndex
DROP INDEX "payment_claims_claim_id_idx";

-- AlterTable
ALTER TABLE "payment_responses" ADD COLUMN     "content_digest" TEXT;

-- CreateTable
CREATE TABLE "claim_activity_claims" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "claim_activity_id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_activity_claims_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_activity_claims_claim_activity_id_idx" ON "claim_activity_claims"("claim_activity_id");

-- CreateIndex
CREATE UNIQUE INDEX "claim_activity_claims_claim_id_claim_activity_id_key" ON "claim_activity_claims"("claim_id", "claim_activity_id");

-- CreateIndex
CREATE INDEX "claims_submitted_at_id_idx" ON "claims"("submitted_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_claims_claim_id_key" ON "payment_claims"("claim_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_responses_content_digest_key" ON "payment_responses"("content_digest");

-- AddForeignKey
ALTER TABLE "claim_activity_claims" ADD CONSTRAINT "claim_activity_claims_claim_activity_id_fkey" FOREIGN KEY ("claim_activity_id") REFERENCES "claim_activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_activity_claims" ADD CONSTRAINT "claim_activity_claims_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Integrity the schema engine cannot express (its diff ignores CHECK constraints).
-- One-time download links store only the SHA-256 (hex) of the token, and always expire.
ALTER TABLE "download_access_tokens" ADD CONSTRAINT "download_access_tokens_digest_format"
  CHECK ("token_digest" IS NULL OR ("token_digest" ~ '^[0-9a-f]{64}$' AND "expires_at" IS NOT NULL));
ALTER TABLE "payment_responses" ADD CONSTRAINT "payment_responses_digest_format"
  CHECK ("content_digest" IS NULL OR "content_digest" ~ '^[0-9a-f]{64}$');
