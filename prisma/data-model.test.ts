import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";

/**
 * The data model the services were specified with: every entity and field listed below must exist as a table and
 * column (snake_case), whatever else the schema grew.
 */
const DATA_MODEL: Record<string, string[]> = {
  academic_years: ["id", "name", "starts_on", "ends_on"],
  claim_windows: ["id", "academic_year_id", "starts_on", "ends_on", "discarded_at"],
  claims: [
    "id",
    "school_id",
    "provider_id",
    "reference",
    "submitted_at",
    "created_by_type",
    "created_by_id",
    "status",
    "submitted_by_type",
    "submitted_by_id",
    "reviewed",
    "previous_revision_id",
    "claim_window_id",
  ],
  mentor_memberships: ["id", "type", "mentor_id", "school_id"],
  mentor_trainings: [
    "id",
    "training_type",
    "hours_completed",
    "date_completed",
    "claim_id",
    "mentor_id",
    "provider_id",
  ],
  mentors: ["id", "first_name", "last_name", "trn"],
  partnerships: ["id", "school_id", "provider_id"],
  placement_additional_subjects: ["id", "subject_id", "placement_id"],
  placement_mentor_joins: ["id", "mentor_id", "placement_id"],
  placements: ["id", "school_id", "status", "provider_id", "subject_id", "year_group"],
  providers: [
    "id",
    "accredited",
    "address1",
    "address2",
    "address3",
    "city",
    "code",
    "country",
    "email_address",
    "name",
    "placements_service",
    "postcode",
    "provider_type",
    "telephone",
    "town",
    "ukprn",
    "urn",
    "website",
  ],
  school_contacts: ["id", "name", "email_address", "school_id", "first_name", "last_name"],
  schools: [
    "id",
    "address1",
    "address2",
    "address3",
    "admissions_policy",
    "district_admin_code",
    "district_admin_name",
    "email_address",
    "gender",
    "group",
    "last_inspection_date",
    "local_authority_code",
    "local_authority_name",
    "latitude",
    "longitude",
    "maximum_age",
    "minimum_age",
    "name",
    "percentage_free_school_meals",
    "phase",
    "postcode",
    "rating",
    "religious_character",
    "school_capacity",
    "send_provision",
    "special_classes",
    "telephone",
    "total_boys",
    "total_girls",
    "total_pupils",
    "town",
    "training_with_disabilities",
    "type_of_establishment",
    "ukprn",
    "urban_or_rural",
    "urn",
    "website",
    "region_id",
    "trust_id",
    "placements_service",
    "claims_service",
    "claims_grant_conditions_accepted_at",
    "claims_grant_conditions_accepted_by_id",
  ],
  subjects: ["id", "subject_area", "name", "code", "parent_subject_id"],
  regions: ["id", "claims_funding_available_per_hour_currency", "claims_funding_available_per_hour_pence", "name"],
  trusts: ["id", "name", "uid"],
  user_memberships: ["id", "user_id", "organisation_type", "organisation_id"],
  users: ["id", "dfe_sign_in_uid", "discarded_at", "email", "first_name", "last_name", "last_signed_in_at", "type"],
};

const CLAIM_STATUSES = [
  "internal_draft",
  "draft",
  "submitted",
  "payment_in_progress",
  "payment_information_requested",
  "payment_information_sent",
  "paid",
  "payment_not_approved",
  "sampling_in_progress",
  "sampling_provider_not_approved",
  "sampling_not_approved",
  "clawback_requested",
  "clawback_in_progress",
  "clawback_complete",
  "invalid_provider",
  "clawback_requires_approval",
  "clawback_rejected",
];

const getDb = useTestDatabase();

describe("the database keeps the original data model", () => {
  it.each(Object.entries(DATA_MODEL))("%s has every field of the specified data model", async (table, columns) => {
    const db = await getDb();
    const rows = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table}`;
    const present = new Set(rows.map((r) => r.column_name));
    expect(columns.filter((c) => !present.has(c))).toEqual([]);
  });

  it("has all 17 claim statuses of the reference as a Postgres enum", async () => {
    const db = await getDb();
    const rows = await db.$queryRaw<{ label: string }[]>`
      SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
      WHERE t.typname = 'claim_status' ORDER BY e.enumsortorder`;
    expect(rows.map((r) => r.label)).toEqual(CLAIM_STATUSES);
  });

  it("enforces the integrity rules in the database", async () => {
    const db = await getDb();
    const constraints = await db.$queryRaw<{ def: string }[]>`
      SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
      JOIN pg_class r ON r.oid = c.conrelid WHERE r.relname = 'mentor_trainings' AND c.contype = 'c'`;
    expect(constraints.some((c) => /hours_completed > 0/.test(c.def))).toBe(true);
    const uniques = await db.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexdef ILIKE 'CREATE UNIQUE%'`;
    const defs = uniques.map((u) => u.indexdef).join("\n");
    expect(defs).toMatch(/mentors.*\(trn\)/);
    expect(defs).toMatch(/users.*\(service, email\)/);
    expect(defs).toMatch(/claims.*\(reference\)/);
    expect(defs).toMatch(/mentor_trainings.*\(claim_id, mentor_id\)/);
  });
});
