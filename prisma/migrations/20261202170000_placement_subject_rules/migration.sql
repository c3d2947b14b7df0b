-- A placement's subject, phase and year group agree (hand-written: rules Prisma cannot express).
-- SEND-specific placements are described by a key stage alone; only they have one.
ALTER TABLE "placements" ADD CONSTRAINT "placements_send_has_no_subject_or_year_group"
  CHECK (NOT "send_specific" OR ("subject_id" IS NULL AND "year_group" IS NULL));
ALTER TABLE "placements" ADD CONSTRAINT "placements_key_stage_only_for_send"
  CHECK ("send_specific" OR "key_stage_id" IS NULL);

-- The subject is a top-level subject (a child such as French is an additional subject of its parent), and a
-- year group belongs to a primary subject.
CREATE FUNCTION "placements_check_subject"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  area "subject_area";
  parent UUID;
BEGIN
  IF NEW."subject_id" IS NOT NULL THEN
    SELECT "subject_area", "parent_subject_id" INTO area, parent FROM "subjects" WHERE "id" = NEW."subject_id";
    IF parent IS NOT NULL THEN
      RAISE EXCEPTION 'a placement''s subject must not be a child subject'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'placements_subject_top_level';
    END IF;
    IF NEW."year_group" IS NOT NULL AND area <> 'primary' THEN
      RAISE EXCEPTION 'a year group is only for a primary placement'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'placements_year_group_primary';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "placements_subject_rules" BEFORE INSERT OR UPDATE OF "subject_id", "year_group" ON "placements"
  FOR EACH ROW EXECUTE FUNCTION "placements_check_subject"();

-- An additional subject is a child of the placement's subject (French under Modern Languages).
CREATE FUNCTION "placement_additional_subjects_check"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "placements" p JOIN "subjects" s ON s."id" = NEW."subject_id"
    WHERE p."id" = NEW."placement_id" AND s."parent_subject_id" = p."subject_id"
  ) THEN
    RAISE EXCEPTION 'an additional subject must be a child of the placement''s subject'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'placement_additional_subjects_child';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "placement_additional_subjects_rules" BEFORE INSERT OR UPDATE ON "placement_additional_subjects"
  FOR EACH ROW EXECUTE FUNCTION "placement_additional_subjects_check"();
