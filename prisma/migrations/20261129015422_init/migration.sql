-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension (hand-written: trigram search on school / provider name, postcode, URN)
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "claim_status" AS ENUM ('internal_draft', 'draft', 'submitted', 'payment_in_progress', 'payment_information_requested', 'payment_information_sent', 'paid', 'payment_not_approved', 'sampling_in_progress', 'sampling_provider_not_approved', 'sampling_not_approved', 'clawback_requested', 'clawback_in_progress', 'clawback_complete', 'invalid_provider', 'clawback_requires_approval', 'clawback_rejected');

-- CreateEnum
CREATE TYPE "mentor_training_type" AS ENUM ('refresher', 'initial');

-- CreateEnum
CREATE TYPE "appetite" AS ENUM ('actively_looking', 'interested', 'not_open', 'already_organised');

-- CreateEnum
CREATE TYPE "placement_year_group" AS ENUM ('nursery', 'reception', 'year_1', 'year_2', 'year_3', 'year_4', 'year_5', 'year_6', 'mixed_year_groups');

-- CreateEnum
CREATE TYPE "provider_type" AS ENUM ('scitt', 'lead_school', 'university');

-- CreateEnum
CREATE TYPE "subject_area" AS ENUM ('primary', 'secondary');

-- CreateEnum
CREATE TYPE "placement_status" AS ENUM ('draft', 'published');

-- CreateEnum
CREATE TYPE "service" AS ENUM ('claims', 'placements');

-- CreateEnum
CREATE TYPE "user_kind" AS ENUM ('user', 'support');

-- CreateEnum
CREATE TYPE "organisation_type" AS ENUM ('School', 'Provider');

-- CreateEnum
CREATE TYPE "email_status" AS ENUM ('pending', 'sending', 'sent', 'failed');

-- CreateTable
CREATE TABLE "academic_years" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "academic_years_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "claims_funding_available_per_hour_currency" TEXT NOT NULL DEFAULT 'GBP',
    "claims_funding_available_per_hour_pence" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trusts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "uid" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "trusts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schools" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "urn" TEXT,
    "vendor_number" TEXT,
    "name" TEXT NOT NULL,
    "address1" TEXT,
    "address2" TEXT,
    "address3" TEXT,
    "town" TEXT,
    "postcode" TEXT,
    "admissions_policy" TEXT,
    "district_admin_code" TEXT,
    "district_admin_name" TEXT,
    "email_address" TEXT,
    "gender" TEXT,
    "group" TEXT,
    "last_inspection_date" DATE,
    "local_authority_code" TEXT,
    "local_authority_name" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "maximum_age" INTEGER,
    "minimum_age" INTEGER,
    "percentage_free_school_meals" INTEGER,
    "phase" TEXT,
    "rating" TEXT,
    "religious_character" TEXT,
    "school_capacity" INTEGER,
    "send_provision" TEXT,
    "special_classes" TEXT,
    "telephone" TEXT,
    "total_boys" INTEGER,
    "total_girls" INTEGER,
    "total_pupils" INTEGER,
    "training_with_disabilities" TEXT,
    "type_of_establishment" TEXT,
    "ukprn" TEXT,
    "urban_or_rural" TEXT,
    "website" TEXT,
    "region_id" UUID NOT NULL,
    "trust_id" UUID,
    "placements_service" BOOLEAN NOT NULL DEFAULT false,
    "claims_service" BOOLEAN NOT NULL DEFAULT false,
    "claims_grant_conditions_accepted_at" TIMESTAMPTZ(6),
    "claims_grant_conditions_accepted_by_id" UUID,
    "potential_placement_details" JSONB,
    "expression_of_interest_completed" BOOLEAN NOT NULL DEFAULT false,
    "previously_offered_placements" BOOLEAN NOT NULL DEFAULT false,
    "manually_onboarded_by_type" TEXT,
    "manually_onboarded_by_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "schools_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sen_provisions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "sen_provisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "school_sen_provisions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_id" UUID NOT NULL,
    "sen_provision_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "school_sen_provisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "providers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "accredited" BOOLEAN NOT NULL DEFAULT false,
    "provider_type" "provider_type" NOT NULL DEFAULT 'scitt',
    "placements_service" BOOLEAN NOT NULL DEFAULT false,
    "address1" TEXT,
    "address2" TEXT,
    "address3" TEXT,
    "town" TEXT,
    "city" TEXT,
    "county" TEXT,
    "country" TEXT,
    "postcode" TEXT,
    "email_address" TEXT,
    "telephone" TEXT,
    "ukprn" TEXT,
    "urn" TEXT,
    "website" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "providers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider_email_addresses" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "provider_id" UUID NOT NULL,
    "email_address" TEXT NOT NULL,
    "primary" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "provider_email_addresses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subjects" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subject_area" "subject_area" NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "parent_subject_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "subjects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentors" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "trn" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "mentors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentor_memberships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "type" TEXT NOT NULL,
    "service" "service" NOT NULL,
    "mentor_id" UUID NOT NULL,
    "school_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "mentor_memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "service" "service" NOT NULL,
    "kind" "user_kind" NOT NULL DEFAULT 'user',
    "type" TEXT NOT NULL,
    "dfe_sign_in_uid" TEXT,
    "email" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "last_signed_in_at" TIMESTAMPTZ(6),
    "discarded_at" TIMESTAMPTZ(6),
    "selected_academic_year_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_memberships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "organisation_type" "organisation_type" NOT NULL,
    "organisation_id" UUID NOT NULL,
    "school_id" UUID,
    "provider_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "user_memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bank_holidays" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "bank_holidays_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "school_contacts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_id" UUID NOT NULL,
    "name" TEXT,
    "first_name" TEXT,
    "last_name" TEXT,
    "email_address" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "school_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnerships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_id" UUID NOT NULL,
    "provider_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "partnerships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "key_stages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "key_stages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "terms" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "terms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hosting_interests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_id" UUID NOT NULL,
    "academic_year_id" UUID NOT NULL,
    "appetite" "appetite",
    "reasons_not_hosting" JSONB,
    "other_reason_not_hosting" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "hosting_interests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "placements" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_id" UUID NOT NULL,
    "academic_year_id" UUID NOT NULL,
    "status" "placement_status" NOT NULL DEFAULT 'published',
    "provider_id" UUID,
    "subject_id" UUID,
    "year_group" "placement_year_group",
    "key_stage_id" UUID,
    "send_specific" BOOLEAN NOT NULL DEFAULT false,
    "creator_type" TEXT,
    "creator_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "placements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "placement_additional_subjects" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subject_id" UUID NOT NULL,
    "placement_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "placement_additional_subjects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "placement_mentor_joins" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "mentor_id" UUID NOT NULL,
    "placement_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "placement_mentor_joins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "placement_windows" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "placement_id" UUID NOT NULL,
    "term_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "placement_windows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_windows" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "academic_year_id" UUID NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "discarded_at" DATE,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "claim_windows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eligibilities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_id" UUID NOT NULL,
    "academic_year_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "eligibilities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_id" UUID NOT NULL,
    "provider_id" UUID,
    "claim_window_id" UUID,
    "reference" TEXT,
    "status" "claim_status" NOT NULL,
    "submitted_at" TIMESTAMPTZ(6),
    "created_by_type" TEXT,
    "created_by_id" UUID,
    "submitted_by_type" TEXT,
    "submitted_by_id" UUID,
    "reviewed" BOOLEAN NOT NULL DEFAULT false,
    "previous_revision_id" UUID,
    "sampling_reason" TEXT,
    "payment_in_progress_at" TIMESTAMPTZ(6),
    "unpaid_reason" TEXT,
    "zendesk_url" TEXT,
    "support_user_id" UUID,
    "clawback_requested_by_id" UUID,
    "clawback_approved_by_id" UUID,
    "amount_pence" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentor_trainings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "claim_id" UUID NOT NULL,
    "mentor_id" UUID NOT NULL,
    "provider_id" UUID,
    "training_type" "mentor_training_type" NOT NULL DEFAULT 'initial',
    "hours_completed" INTEGER,
    "date_completed" TIMESTAMPTZ(6),
    "rejected" BOOLEAN NOT NULL DEFAULT false,
    "reason_rejected" TEXT,
    "not_assured" BOOLEAN NOT NULL DEFAULT false,
    "reason_not_assured" TEXT,
    "hours_clawed_back" INTEGER,
    "reason_clawed_back" TEXT,
    "reason_clawback_rejected" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "mentor_trainings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_activities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "action" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "record_type" TEXT NOT NULL,
    "record_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "claim_activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sent_by_id" UUID,
    "claim_window_id" UUID,
    "downloaded_at" TIMESTAMPTZ(6),
    "csv_filename" TEXT,
    "csv_content" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_claims" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "payment_id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "payment_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_responses" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID,
    "processed" BOOLEAN NOT NULL DEFAULT false,
    "downloaded_at" TIMESTAMPTZ(6),
    "csv_filename" TEXT,
    "csv_content" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "payment_responses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "samplings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID,
    "csv_filename" TEXT,
    "csv_content" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "samplings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider_samplings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sampling_id" UUID NOT NULL,
    "provider_id" UUID NOT NULL,
    "downloaded_at" TIMESTAMPTZ(6),
    "csv_filename" TEXT,
    "csv_content" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "provider_samplings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider_sampling_claims" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "provider_sampling_id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "provider_sampling_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "download_access_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "activity_record_type" TEXT NOT NULL,
    "activity_record_id" UUID NOT NULL,
    "email_address" TEXT NOT NULL,
    "token_digest" TEXT,
    "expires_at" TIMESTAMPTZ(6),
    "downloaded_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "download_access_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clawbacks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sent_by_id" UUID,
    "downloaded_at" TIMESTAMPTZ(6),
    "csv_filename" TEXT,
    "csv_content" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "clawbacks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clawback_claims" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "clawback_id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "clawback_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID,
    "service" "service" NOT NULL,
    "csrf_secret" TEXT NOT NULL,
    "flash" JSONB,
    "id_token" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wizard_states" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "session_id" UUID NOT NULL,
    "journey" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "wizard_states_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_outbox" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "template_key" TEXT NOT NULL,
    "service" "service" NOT NULL,
    "status" "email_status" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hold_until" TIMESTAMPTZ(6),
    "sent_at" TIMESTAMPTZ(6),
    "last_error" TEXT,
    "notify_id" TEXT,
    "idempotency_key" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "record_type" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,
    "changes" JSONB,
    "request_id" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" TIMESTAMPTZ(6),

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "academic_years_name_key" ON "academic_years"("name");

-- CreateIndex
CREATE UNIQUE INDEX "academic_years_starts_on_key" ON "academic_years"("starts_on");

-- CreateIndex
CREATE UNIQUE INDEX "regions_name_key" ON "regions"("name");

-- CreateIndex
CREATE UNIQUE INDEX "trusts_uid_key" ON "trusts"("uid");

-- CreateIndex
CREATE UNIQUE INDEX "schools_urn_key" ON "schools"("urn");

-- CreateIndex
CREATE UNIQUE INDEX "schools_vendor_number_key" ON "schools"("vendor_number");

-- CreateIndex
CREATE INDEX "schools_region_id_idx" ON "schools"("region_id");

-- CreateIndex
CREATE INDEX "schools_trust_id_idx" ON "schools"("trust_id");

-- CreateIndex
CREATE INDEX "schools_claims_service_idx" ON "schools"("claims_service");

-- CreateIndex
CREATE INDEX "schools_placements_service_idx" ON "schools"("placements_service");

-- CreateIndex
CREATE INDEX "index_schools_on_name_trgm" ON "schools" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "index_schools_on_postcode_trgm" ON "schools" USING GIN ("postcode" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "index_schools_on_urn_trgm" ON "schools" USING GIN ("urn" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "sen_provisions_name_key" ON "sen_provisions"("name");

-- CreateIndex
CREATE INDEX "school_sen_provisions_sen_provision_id_idx" ON "school_sen_provisions"("sen_provision_id");

-- CreateIndex
CREATE UNIQUE INDEX "school_sen_provisions_school_id_sen_provision_id_key" ON "school_sen_provisions"("school_id", "sen_provision_id");

-- CreateIndex
CREATE UNIQUE INDEX "providers_code_key" ON "providers"("code");

-- CreateIndex
CREATE INDEX "providers_accredited_idx" ON "providers"("accredited");

-- CreateIndex
CREATE INDEX "index_providers_on_name_trgm" ON "providers" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "index_providers_on_postcode_trgm" ON "providers" USING GIN ("postcode" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "provider_email_addresses_provider_id_email_address_key" ON "provider_email_addresses"("provider_id", "email_address");

-- CreateIndex
CREATE UNIQUE INDEX "subjects_code_key" ON "subjects"("code");

-- CreateIndex
CREATE INDEX "subjects_parent_subject_id_idx" ON "subjects"("parent_subject_id");

-- CreateIndex
CREATE UNIQUE INDEX "mentors_trn_key" ON "mentors"("trn");

-- CreateIndex
CREATE INDEX "mentor_memberships_mentor_id_idx" ON "mentor_memberships"("mentor_id");

-- CreateIndex
CREATE INDEX "mentor_memberships_school_id_service_idx" ON "mentor_memberships"("school_id", "service");

-- CreateIndex
CREATE UNIQUE INDEX "mentor_memberships_type_school_id_mentor_id_key" ON "mentor_memberships"("type", "school_id", "mentor_id");

-- CreateIndex
CREATE INDEX "users_service_dfe_sign_in_uid_idx" ON "users"("service", "dfe_sign_in_uid");

-- CreateIndex
CREATE INDEX "users_type_idx" ON "users"("type");

-- CreateIndex
CREATE UNIQUE INDEX "users_service_email_key" ON "users"("service", "email");

-- CreateIndex
CREATE INDEX "user_memberships_organisation_type_organisation_id_idx" ON "user_memberships"("organisation_type", "organisation_id");

-- CreateIndex
CREATE INDEX "user_memberships_school_id_idx" ON "user_memberships"("school_id");

-- CreateIndex
CREATE INDEX "user_memberships_provider_id_idx" ON "user_memberships"("provider_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_memberships_user_id_organisation_type_organisation_id_key" ON "user_memberships"("user_id", "organisation_type", "organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "bank_holidays_date_key" ON "bank_holidays"("date");

-- CreateIndex
CREATE UNIQUE INDEX "school_contacts_school_id_key" ON "school_contacts"("school_id");

-- CreateIndex
CREATE INDEX "partnerships_provider_id_idx" ON "partnerships"("provider_id");

-- CreateIndex
CREATE UNIQUE INDEX "partnerships_school_id_provider_id_key" ON "partnerships"("school_id", "provider_id");

-- CreateIndex
CREATE UNIQUE INDEX "key_stages_name_key" ON "key_stages"("name");

-- CreateIndex
CREATE UNIQUE INDEX "terms_name_key" ON "terms"("name");

-- CreateIndex
CREATE INDEX "hosting_interests_academic_year_id_idx" ON "hosting_interests"("academic_year_id");

-- CreateIndex
CREATE UNIQUE INDEX "hosting_interests_school_id_academic_year_id_key" ON "hosting_interests"("school_id", "academic_year_id");

-- CreateIndex
CREATE INDEX "placements_school_id_academic_year_id_idx" ON "placements"("school_id", "academic_year_id");

-- CreateIndex
CREATE INDEX "placements_provider_id_idx" ON "placements"("provider_id");

-- CreateIndex
CREATE INDEX "placements_subject_id_idx" ON "placements"("subject_id");

-- CreateIndex
CREATE INDEX "placements_academic_year_id_idx" ON "placements"("academic_year_id");

-- CreateIndex
CREATE INDEX "placement_additional_subjects_subject_id_idx" ON "placement_additional_subjects"("subject_id");

-- CreateIndex
CREATE UNIQUE INDEX "placement_additional_subjects_placement_id_subject_id_key" ON "placement_additional_subjects"("placement_id", "subject_id");

-- CreateIndex
CREATE INDEX "placement_mentor_joins_mentor_id_idx" ON "placement_mentor_joins"("mentor_id");

-- CreateIndex
CREATE UNIQUE INDEX "placement_mentor_joins_placement_id_mentor_id_key" ON "placement_mentor_joins"("placement_id", "mentor_id");

-- CreateIndex
CREATE INDEX "placement_windows_term_id_idx" ON "placement_windows"("term_id");

-- CreateIndex
CREATE UNIQUE INDEX "placement_windows_placement_id_term_id_key" ON "placement_windows"("placement_id", "term_id");

-- CreateIndex
CREATE INDEX "claim_windows_academic_year_id_idx" ON "claim_windows"("academic_year_id");

-- CreateIndex
CREATE INDEX "claim_windows_starts_on_ends_on_idx" ON "claim_windows"("starts_on", "ends_on");

-- CreateIndex
CREATE INDEX "eligibilities_academic_year_id_idx" ON "eligibilities"("academic_year_id");

-- CreateIndex
CREATE UNIQUE INDEX "eligibilities_school_id_academic_year_id_key" ON "eligibilities"("school_id", "academic_year_id");

-- CreateIndex
CREATE UNIQUE INDEX "claims_reference_key" ON "claims"("reference");

-- CreateIndex
CREATE INDEX "claims_school_id_idx" ON "claims"("school_id");

-- CreateIndex
CREATE INDEX "claims_provider_id_idx" ON "claims"("provider_id");

-- CreateIndex
CREATE INDEX "claims_claim_window_id_idx" ON "claims"("claim_window_id");

-- CreateIndex
CREATE INDEX "claims_status_idx" ON "claims"("status");

-- CreateIndex
CREATE INDEX "claims_support_user_id_idx" ON "claims"("support_user_id");

-- CreateIndex
CREATE INDEX "mentor_trainings_mentor_id_provider_id_idx" ON "mentor_trainings"("mentor_id", "provider_id");

-- CreateIndex
CREATE INDEX "mentor_trainings_provider_id_idx" ON "mentor_trainings"("provider_id");

-- CreateIndex
CREATE UNIQUE INDEX "mentor_trainings_claim_id_mentor_id_key" ON "mentor_trainings"("claim_id", "mentor_id");

-- CreateIndex
CREATE INDEX "claim_activities_record_type_record_id_idx" ON "claim_activities"("record_type", "record_id");

-- CreateIndex
CREATE INDEX "claim_activities_created_at_idx" ON "claim_activities"("created_at");

-- CreateIndex
CREATE INDEX "payment_claims_claim_id_idx" ON "payment_claims"("claim_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_claims_payment_id_claim_id_key" ON "payment_claims"("payment_id", "claim_id");

-- CreateIndex
CREATE INDEX "provider_samplings_sampling_id_idx" ON "provider_samplings"("sampling_id");

-- CreateIndex
CREATE INDEX "provider_samplings_provider_id_idx" ON "provider_samplings"("provider_id");

-- CreateIndex
CREATE INDEX "provider_sampling_claims_claim_id_idx" ON "provider_sampling_claims"("claim_id");

-- CreateIndex
CREATE UNIQUE INDEX "provider_sampling_claims_provider_sampling_id_claim_id_key" ON "provider_sampling_claims"("provider_sampling_id", "claim_id");

-- CreateIndex
CREATE UNIQUE INDEX "download_access_tokens_token_digest_key" ON "download_access_tokens"("token_digest");

-- CreateIndex
CREATE INDEX "download_access_tokens_activity_record_type_activity_record_idx" ON "download_access_tokens"("activity_record_type", "activity_record_id");

-- CreateIndex
CREATE INDEX "clawback_claims_claim_id_idx" ON "clawback_claims"("claim_id");

-- CreateIndex
CREATE UNIQUE INDEX "clawback_claims_clawback_id_claim_id_key" ON "clawback_claims"("clawback_id", "claim_id");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "wizard_states_session_id_journey_key_key" ON "wizard_states"("session_id", "journey", "key");

-- CreateIndex
CREATE UNIQUE INDEX "email_outbox_idempotency_key_key" ON "email_outbox"("idempotency_key");

-- CreateIndex
CREATE INDEX "email_outbox_status_next_attempt_at_idx" ON "email_outbox"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "audit_logs_record_type_record_id_idx" ON "audit_logs"("record_type", "record_id");

-- CreateIndex
CREATE INDEX "audit_logs_actor_id_idx" ON "audit_logs"("actor_id");

-- CreateIndex
CREATE INDEX "audit_logs_created_at_idx" ON "audit_logs"("created_at");

-- AddForeignKey
ALTER TABLE "schools" ADD CONSTRAINT "schools_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schools" ADD CONSTRAINT "schools_trust_id_fkey" FOREIGN KEY ("trust_id") REFERENCES "trusts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schools" ADD CONSTRAINT "schools_claims_grant_conditions_accepted_by_id_fkey" FOREIGN KEY ("claims_grant_conditions_accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schools" ADD CONSTRAINT "schools_manually_onboarded_by_id_fkey" FOREIGN KEY ("manually_onboarded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_sen_provisions" ADD CONSTRAINT "school_sen_provisions_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_sen_provisions" ADD CONSTRAINT "school_sen_provisions_sen_provision_id_fkey" FOREIGN KEY ("sen_provision_id") REFERENCES "sen_provisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_email_addresses" ADD CONSTRAINT "provider_email_addresses_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_parent_subject_id_fkey" FOREIGN KEY ("parent_subject_id") REFERENCES "subjects"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor_memberships" ADD CONSTRAINT "mentor_memberships_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor_memberships" ADD CONSTRAINT "mentor_memberships_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_selected_academic_year_id_fkey" FOREIGN KEY ("selected_academic_year_id") REFERENCES "academic_years"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_contacts" ADD CONSTRAINT "school_contacts_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hosting_interests" ADD CONSTRAINT "hosting_interests_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hosting_interests" ADD CONSTRAINT "hosting_interests_academic_year_id_fkey" FOREIGN KEY ("academic_year_id") REFERENCES "academic_years"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_academic_year_id_fkey" FOREIGN KEY ("academic_year_id") REFERENCES "academic_years"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "subjects"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_key_stage_id_fkey" FOREIGN KEY ("key_stage_id") REFERENCES "key_stages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_additional_subjects" ADD CONSTRAINT "placement_additional_subjects_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "subjects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_additional_subjects" ADD CONSTRAINT "placement_additional_subjects_placement_id_fkey" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_mentor_joins" ADD CONSTRAINT "placement_mentor_joins_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_mentor_joins" ADD CONSTRAINT "placement_mentor_joins_placement_id_fkey" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_windows" ADD CONSTRAINT "placement_windows_placement_id_fkey" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_windows" ADD CONSTRAINT "placement_windows_term_id_fkey" FOREIGN KEY ("term_id") REFERENCES "terms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_windows" ADD CONSTRAINT "claim_windows_academic_year_id_fkey" FOREIGN KEY ("academic_year_id") REFERENCES "academic_years"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eligibilities" ADD CONSTRAINT "eligibilities_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eligibilities" ADD CONSTRAINT "eligibilities_academic_year_id_fkey" FOREIGN KEY ("academic_year_id") REFERENCES "academic_years"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_claim_window_id_fkey" FOREIGN KEY ("claim_window_id") REFERENCES "claim_windows"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_support_user_id_fkey" FOREIGN KEY ("support_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_clawback_requested_by_id_fkey" FOREIGN KEY ("clawback_requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_clawback_approved_by_id_fkey" FOREIGN KEY ("clawback_approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_previous_revision_id_fkey" FOREIGN KEY ("previous_revision_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor_trainings" ADD CONSTRAINT "mentor_trainings_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor_trainings" ADD CONSTRAINT "mentor_trainings_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor_trainings" ADD CONSTRAINT "mentor_trainings_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_activities" ADD CONSTRAINT "claim_activities_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_sent_by_id_fkey" FOREIGN KEY ("sent_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_claim_window_id_fkey" FOREIGN KEY ("claim_window_id") REFERENCES "claim_windows"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_claims" ADD CONSTRAINT "payment_claims_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_claims" ADD CONSTRAINT "payment_claims_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_responses" ADD CONSTRAINT "payment_responses_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "samplings" ADD CONSTRAINT "samplings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_samplings" ADD CONSTRAINT "provider_samplings_sampling_id_fkey" FOREIGN KEY ("sampling_id") REFERENCES "samplings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_samplings" ADD CONSTRAINT "provider_samplings_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_sampling_claims" ADD CONSTRAINT "provider_sampling_claims_provider_sampling_id_fkey" FOREIGN KEY ("provider_sampling_id") REFERENCES "provider_samplings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_sampling_claims" ADD CONSTRAINT "provider_sampling_claims_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clawbacks" ADD CONSTRAINT "clawbacks_sent_by_id_fkey" FOREIGN KEY ("sent_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clawback_claims" ADD CONSTRAINT "clawback_claims_clawback_id_fkey" FOREIGN KEY ("clawback_id") REFERENCES "clawbacks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clawback_claims" ADD CONSTRAINT "clawback_claims_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wizard_states" ADD CONSTRAINT "wizard_states_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- =============================================================================================================
-- Hand-written integrity rules that Prisma's schema language cannot express.
-- (The schema engine's diff ignores CHECK constraints, triggers and functions, so later migrations keep them.)
-- =============================================================================================================

-- Dates
ALTER TABLE "academic_years" ADD CONSTRAINT "academic_years_ends_on_check" CHECK ("ends_on" >= "starts_on");
ALTER TABLE "claim_windows" ADD CONSTRAINT "claim_windows_ends_on_check" CHECK ("ends_on" >= "starts_on");
-- Kept (not discarded) claim windows must not overlap (inclusive date ranges).
ALTER TABLE "claim_windows" ADD CONSTRAINT "claim_windows_no_overlap"
  EXCLUDE USING gist (daterange("starts_on", "ends_on", '[]') WITH &&) WHERE ("discarded_at" IS NULL);

-- Money is integer pence
ALTER TABLE "regions" ADD CONSTRAINT "regions_pence_check" CHECK ("claims_funding_available_per_hour_pence" >= 0);
ALTER TABLE "claims" ADD CONSTRAINT "claims_amount_pence_check" CHECK ("amount_pence" IS NULL OR "amount_pence" >= 0);
ALTER TABLE "claims" ADD CONSTRAINT "claims_version_check" CHECK ("version" >= 0);

-- Mentors and training hours
ALTER TABLE "mentors" ADD CONSTRAINT "mentors_trn_format" CHECK ("trn" ~ '^[0-9]{7}$');
ALTER TABLE "mentor_trainings" ADD CONSTRAINT "mentor_trainings_hours_completed_check" CHECK ("hours_completed" > 0);
ALTER TABLE "mentor_trainings" ADD CONSTRAINT "mentor_trainings_hours_clawed_back_check"
  CHECK ("hours_clawed_back" >= 0 AND ("hours_completed" IS NULL OR "hours_clawed_back" <= "hours_completed"));

-- Schools: a GIAS URN or (for manually added organisations) a vendor number
ALTER TABLE "schools" ADD CONSTRAINT "schools_urn_or_vendor_number" CHECK ("urn" IS NOT NULL OR "vendor_number" IS NOT NULL);

-- Users: e-mail stored lower-case; STI-style type agrees with service and kind
ALTER TABLE "users" ADD CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email"));
ALTER TABLE "users" ADD CONSTRAINT "users_type_check" CHECK (
  ("service" = 'claims' AND "kind" = 'user' AND "type" IN ('Claims::User', 'Claims::ProviderUser'))
  OR ("service" = 'claims' AND "kind" = 'support' AND "type" = 'Claims::SupportUser')
  OR ("service" = 'placements' AND "kind" = 'user' AND "type" = 'Placements::User')
  OR ("service" = 'placements' AND "kind" = 'support' AND "type" = 'Placements::SupportUser')
);

-- Mentor memberships: type agrees with service
ALTER TABLE "mentor_memberships" ADD CONSTRAINT "mentor_memberships_type_check" CHECK (
  ("service" = 'claims' AND "type" = 'Claims::MentorMembership')
  OR ("service" = 'placements' AND "type" = 'Placements::MentorMembership')
);

-- User memberships: polymorphic organisation_type/organisation_id backed by real foreign keys.
-- The trigger fills school_id / provider_id from organisation_type + organisation_id, so callers only set those two;
-- the CHECK guarantees exactly the matching foreign key is set (and therefore that the organisation exists).
CREATE FUNCTION "user_memberships_sync_organisation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."organisation_type" = 'School' THEN
    NEW."school_id" := NEW."organisation_id";
    NEW."provider_id" := NULL;
  ELSE
    NEW."provider_id" := NEW."organisation_id";
    NEW."school_id" := NULL;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "user_memberships_sync_organisation"
  BEFORE INSERT OR UPDATE ON "user_memberships"
  FOR EACH ROW EXECUTE FUNCTION "user_memberships_sync_organisation"();
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_organisation_check" CHECK (
  ("organisation_type" = 'School' AND "school_id" = "organisation_id" AND "provider_id" IS NULL)
  OR ("organisation_type" = 'Provider' AND "provider_id" = "organisation_id" AND "school_id" IS NULL)
);

-- Placements: SEND-specific placements have a key stage; others have a subject
ALTER TABLE "placements" ADD CONSTRAINT "placements_subject_or_send" CHECK ("send_specific" OR "subject_id" IS NOT NULL);
ALTER TABLE "placements" ADD CONSTRAINT "placements_send_key_stage" CHECK (NOT "send_specific" OR "key_stage_id" IS NOT NULL);

-- Outbox
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_attempts_check" CHECK ("attempts" >= 0);
