-- Four-eyes clawback approval (hand-written: a rule Prisma cannot express): the support user who approves a claim's
-- clawback is never the one who requested it.
ALTER TABLE "claims" ADD CONSTRAINT "claims_clawback_four_eyes"
  CHECK ("clawback_approved_by_id" IS NULL OR "clawback_requested_by_id" IS NULL
    OR "clawback_approved_by_id" <> "clawback_requested_by_id");
