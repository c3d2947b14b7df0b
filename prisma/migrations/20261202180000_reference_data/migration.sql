-- Reference data every environment needs before its first import (not demo data): the claims funding regions with
-- their hourly rates, the placement key stages and terms, and the GIAS SEN provision types. The same lists as
-- prisma/seed-data (a test keeps them equal). Idempotent: only rows missing by name are added; a rate changed since
-- is kept.
INSERT INTO "regions" ("name", "claims_funding_available_per_hour_pence", "updated_at") VALUES
  ('Inner London', 5360, CURRENT_TIMESTAMP),
  ('Outer London', 4825, CURRENT_TIMESTAMP),
  ('Fringe', 4510, CURRENT_TIMESTAMP),
  ('Rest of England', 4380, CURRENT_TIMESTAMP)
ON CONFLICT ("name") DO NOTHING;

INSERT INTO "key_stages" ("name", "updated_at") VALUES
  ('Early years', CURRENT_TIMESTAMP),
  ('Key stage 1', CURRENT_TIMESTAMP),
  ('Key stage 2', CURRENT_TIMESTAMP),
  ('Key stage 3', CURRENT_TIMESTAMP),
  ('Key stage 4', CURRENT_TIMESTAMP),
  ('Key stage 5', CURRENT_TIMESTAMP),
  ('Mixed key stages', CURRENT_TIMESTAMP)
ON CONFLICT ("name") DO NOTHING;

INSERT INTO "terms" ("name", "updated_at") VALUES
  ('Autumn term', CURRENT_TIMESTAMP),
  ('Spring term', CURRENT_TIMESTAMP),
  ('Summer term', CURRENT_TIMESTAMP)
ON CONFLICT ("name") DO NOTHING;

INSERT INTO "sen_provisions" ("name", "updated_at") VALUES
  ('ASD - Autistic Spectrum Disorder', CURRENT_TIMESTAMP),
  ('HI - Hearing Impairment', CURRENT_TIMESTAMP),
  ('MLD - Moderate Learning Difficulty', CURRENT_TIMESTAMP),
  ('MSI - Multi-Sensory Impairment', CURRENT_TIMESTAMP),
  ('OTH - Other Difficulty/Disability', CURRENT_TIMESTAMP),
  ('PD - Physical Disability', CURRENT_TIMESTAMP),
  ('PMLD - Profound and Multiple Learning Difficulty', CURRENT_TIMESTAMP),
  ('SEMH - Social, Emotional and Mental Health', CURRENT_TIMESTAMP),
  ('SLCN - Speech, language and Communication', CURRENT_TIMESTAMP),
  ('SLD - Severe Learning Difficulty', CURRENT_TIMESTAMP),
  ('SpLD - Specific Learning Difficulty', CURRENT_TIMESTAMP),
  ('VI - Visual Impairment', CURRENT_TIMESTAMP)
ON CONFLICT ("name") DO NOTHING;
