-- The support claims list counts a year's non-draft claims on every view. A partial index of those claims by window
-- holds exactly the entries that count reads (no draft to skip, no status to compare): about half the work.

-- CreateIndex
CREATE INDEX "claims_listed_window_idx" ON "claims"("claim_window_id") WHERE (status <> ALL (ARRAY['internal_draft'::claim_status, 'draft'::claim_status]));
