-- A placement's mentors are placements mentors of the placement's school, and stay so while they are on it
-- (hand-written: rules Prisma cannot express).

-- Adding a mentor to a placement needs the school's placements membership, locked until the transaction ends so
-- that a concurrent removal waits for it (and then sees the placement).
CREATE FUNCTION "placement_mentor_joins_check_membership"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "mentor_memberships" m JOIN "placements" p ON p."school_id" = m."school_id"
  WHERE p."id" = NEW."placement_id" AND m."mentor_id" = NEW."mentor_id"
    AND m."type" = 'Placements::MentorMembership'
  FOR KEY SHARE OF m;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'a placement''s mentor must be a placements mentor of its school'
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'placement_mentor_joins_school_mentor';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "placement_mentor_joins_school_mentor" BEFORE INSERT OR UPDATE OF "mentor_id", "placement_id"
  ON "placement_mentor_joins" FOR EACH ROW EXECUTE FUNCTION "placement_mentor_joins_check_membership"();

-- A school's placements mentor cannot be removed while on one of the school's placements. (When the school itself
-- is deleted, its placements go too: the check is skipped once the school row is gone.)
CREATE FUNCTION "mentor_memberships_check_not_on_placement"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."type" = 'Placements::MentorMembership'
    AND EXISTS (SELECT 1 FROM "schools" s WHERE s."id" = OLD."school_id")
    AND EXISTS (
      SELECT 1 FROM "placement_mentor_joins" j JOIN "placements" p ON p."id" = j."placement_id"
      WHERE j."mentor_id" = OLD."mentor_id" AND p."school_id" = OLD."school_id"
    ) THEN
    RAISE EXCEPTION 'a mentor on a placement of the school cannot be removed from it'
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'mentor_memberships_on_placement';
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER "mentor_memberships_on_placement" BEFORE DELETE ON "mentor_memberships"
  FOR EACH ROW EXECUTE FUNCTION "mentor_memberships_check_not_on_placement"();
