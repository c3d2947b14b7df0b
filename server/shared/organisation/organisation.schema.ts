import { z } from "zod";
import { cleanSearchText, noControlCharacters } from "../validation/text.ts";

/** Console search and pagination (query string). Searches strip control characters and are cut to 100 characters. */
export const OrganisationSearchInput = z.object({
  query: z
    .string()
    .optional()
    .transform((v) => cleanSearchText(v, 100) || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

const TYPE_FILTERS = ["school", "scitt", "lead_school", "university"] as const;

/** The placements console list: the search, and the organisation types ticked (repeated `filters`; others dropped). */
export const PlacementsOrganisationSearchInput = OrganisationSearchInput.extend({
  types: z
    .preprocess(
      (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((t) => TYPE_FILTERS.includes(t as never)),
      z.array(z.enum(TYPE_FILTERS)),
    )
    .default([]),
});

/** A required search box: control characters are stripped (never an error), then it must not be empty. */
function requiredSearch(message: string) {
  return z
    .string({ error: message })
    .max(10_000, "Search must be 100 characters or fewer")
    .transform((v) => cleanSearchText(v, 10_000))
    .pipe(z.string().min(1, message).max(100, "Search must be 100 characters or fewer"));
}

export const OnboardSearchSchema = z.object({ query: requiredSearch("Enter a school name, URN or postcode") });
export const OnboardProviderSearchSchema = z.object({
  query: requiredSearch("Enter a provider name, code or postcode"),
});

export const OrganisationTypeSchema = z.object({
  organisationType: z.enum(["school", "provider"], { error: "Select an organisation type" }),
});

export const OrganisationChoiceSchema = z.object({
  organisationId: z.string({ error: "Select an organisation" }).uuid("Select an organisation"),
});

function trimmed(label: string, max: number) {
  const capital = label[0].toUpperCase() + label.slice(1);
  return z
    .string()
    .trim()
    .max(max, `${capital} must be ${max} characters or fewer`)
    .refine(...noControlCharacters(capital));
}

function required(label: string, max: number, message: string) {
  return z.string({ error: message }).trim().min(1, message).pipe(trimmed(label, max));
}

function optional(label: string, max: number) {
  return z.string().optional().default("").pipe(trimmed(label, max));
}

/*
 * The manual (no URN) organisation wizard, one question per page as the reference's add_organisation_wizard:
 * name → vendor number → region → address → contact details → check your answers.
 */
export const ManualOrganisationNameSchema = z.object({
  name: required("organisation name", 200, "Enter an organisation name"),
});

export const ManualOrganisationVendorNumberSchema = z.object({
  vendorNumber: z
    .string({ error: "Enter a vendor number" })
    .trim()
    .min(1, "Enter a vendor number")
    .regex(/^[0-9]{1,10}$/, "Vendor number must only include numbers, like 5678901"),
});

export const ManualOrganisationRegionSchema = z.object({
  regionId: z.string({ error: "Select a region" }).uuid("Select a region"),
});

const POSTCODE = /^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/;

export const ManualOrganisationAddressSchema = z.object({
  address1: required("address line 1", 200, "Enter address line 1, typically the building and street"),
  address2: optional("address line 2", 200),
  town: required("town or city", 100, "Enter town or city"),
  postcode: z
    .string({ error: "Enter postcode" })
    .trim()
    .toUpperCase()
    .min(1, "Enter postcode")
    .regex(POSTCODE, "Enter a full UK postcode"),
});

export const ManualOrganisationContactSchema = z.object({
  telephone: z
    .string()
    .trim()
    .max(30)
    .regex(/^(\+?[0-9 ()-]{7,30})?$/, "Enter a telephone number, like 01632 960 001 or +44 808 157 0192")
    .optional()
    .default(""),
  website: z
    .string()
    .trim()
    .max(200, "Website must be 200 characters or fewer")
    .regex(
      /^(https?:\/\/[^\s<>"]+\.[^\s<>"]+)?$/i,
      "Enter a website address in the correct format, like https://www.example.com",
    )
    .optional()
    .default(""),
});

export const ManualOrganisationSchema = z.object({
  ...ManualOrganisationNameSchema.shape,
  ...ManualOrganisationVendorNumberSchema.shape,
  ...ManualOrganisationRegionSchema.shape,
  ...ManualOrganisationAddressSchema.shape,
  ...ManualOrganisationContactSchema.shape,
});
