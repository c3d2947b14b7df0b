-- The support console's claims list reads non-draft claims newest first: one partial index in that order lets it read
-- only the page's rows instead of sorting every claim.

-- CreateIndex
CREATE INDEX "claims_support_list_idx" ON "claims"("submitted_at" DESC, "id" DESC) WHERE (status <> ALL (ARRAY['internal_draft'::claim_status, 'draft'::claim_status]));
