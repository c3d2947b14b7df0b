-- The support claims list counts a year's claims, often of some statuses: with the status in the index the count reads
-- the index alone. The new index leads with the claim window, so it serves every query the old one did.

-- DropIndex
DROP INDEX "claims_claim_window_id_idx";

-- CreateIndex
CREATE INDEX "claims_claim_window_id_status_idx" ON "claims"("claim_window_id", "status");
