import type { Db } from "../../db.ts";
import { NotFoundError } from "../../errors.ts";

export const ORGANISATION_TYPE_LABELS = {
  school: "School",
  scitt: "SCITT",
  lead_school: "Lead school",
  university: "University",
} as const;

const address = (parts: (string | null)[]) => parts.filter(Boolean).join(", ");

/**
 * An organisation onboarded to placements, for the support console: a school or a provider with that id (another
 * id, or one not onboarded to placements, is not found).
 */
export async function getPlacementsOrganisation(db: Db, organisationId: string) {
  const [school, provider] = await Promise.all([
    db.school.findFirst({
      where: { id: organisationId, placementsService: true },
      select: {
        id: true,
        name: true,
        urn: true,
        ukprn: true,
        address1: true,
        address2: true,
        address3: true,
        town: true,
        postcode: true,
        telephone: true,
        website: true,
      },
    }),
    db.provider.findFirst({
      where: { id: organisationId, placementsService: true },
      select: {
        id: true,
        name: true,
        code: true,
        ukprn: true,
        providerType: true,
        address1: true,
        address2: true,
        address3: true,
        town: true,
        city: true,
        postcode: true,
        telephone: true,
        website: true,
        emailAddress: true,
      },
    }),
  ]);
  if (school) {
    return {
      kind: "school" as const,
      id: school.id,
      name: school.name,
      typeLabel: ORGANISATION_TYPE_LABELS.school,
      details: [
        { key: "Unique reference number (URN)", value: school.urn ?? "" },
        { key: "UK provider reference number (UKPRN)", value: school.ukprn ?? "" },
        { key: "Address", value: address([school.address1, school.address2, school.address3, school.town]) },
        { key: "Postcode", value: school.postcode ?? "" },
        { key: "Telephone number", value: school.telephone ?? "" },
        { key: "Website", value: school.website ?? "" },
      ],
    };
  }
  if (provider) {
    return {
      kind: "provider" as const,
      id: provider.id,
      name: provider.name,
      typeLabel: ORGANISATION_TYPE_LABELS[provider.providerType],
      details: [
        { key: "Accredited provider code", value: provider.code },
        { key: "UK provider reference number (UKPRN)", value: provider.ukprn ?? "" },
        {
          key: "Address",
          value: address([provider.address1, provider.address2, provider.address3, provider.town, provider.city]),
        },
        { key: "Postcode", value: provider.postcode ?? "" },
        { key: "Email address", value: provider.emailAddress ?? "" },
        { key: "Telephone number", value: provider.telephone ?? "" },
        { key: "Website", value: provider.website ?? "" },
      ],
    };
  }
  throw new NotFoundError("organisation");
}
