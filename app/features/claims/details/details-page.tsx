import { useLoaderData } from "@remix-run/react";
import { SummaryList } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { formatDate, formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { detailsLoader } from "./details.server";

export const meta = govukMeta("Organisation details");
export const loader = detailsLoader;

export default function OrganisationDetailsPage() {
  const { school, isSupport } = useLoaderData<typeof loader>();
  const address = [school.address1, school.address2, school.address3, school.town, school.postcode].filter(Boolean);
  const acceptedBy = school.claimsGrantConditionsAcceptedBy;
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Organisation details</h1>
      <h2 className="govuk-heading-m">Organisation</h2>
      <SummaryList
        rows={[
          { key: "Name", value: school.name },
          school.urn ? { key: "Unique reference number (URN)", value: school.urn } : null,
          school.vendorNumber ? { key: "Vendor number", value: school.vendorNumber } : null,
          school.ukprn ? { key: "UK provider reference number (UKPRN)", value: school.ukprn } : null,
          { key: "Region", value: school.region.name },
          {
            key: "Address",
            value: address.length ? (
              <>
                {address.map((line, i) => (
                  <span key={i}>
                    {line}
                    {i < address.length - 1 ? <br /> : null}
                  </span>
                ))}
              </>
            ) : (
              "Not entered"
            ),
          },
        ]}
      />
      <h2 className="govuk-heading-m">Grant conditions</h2>
      <SummaryList
        rows={[
          {
            key: "Accepted",
            value: school.claimsGrantConditionsAcceptedAt ? "Yes" : "No",
            actions:
              isSupport && school.claimsGrantConditionsAcceptedAt
                ? [
                    {
                      href: `/claims/schools/${school.id}/grant-conditions/remove`,
                      text: "Remove agreement",
                      visuallyHiddenText: "to grant conditions",
                    },
                  ]
                : undefined,
          },
          school.claimsGrantConditionsAcceptedAt
            ? { key: "Accepted on", value: formatDate(school.claimsGrantConditionsAcceptedAt) }
            : null,
          school.claimsGrantConditionsAcceptedAt
            ? {
                key: "Accepted by",
                value: acceptedBy
                  ? `${acceptedBy.firstName} ${acceptedBy.lastName} (${acceptedBy.email})`
                  : "Not known",
              }
            : null,
        ]}
      />
      <h2 className="govuk-heading-m">Grant funding</h2>
      <SummaryList
        rows={[
          { key: "Region", value: school.region.name },
          { key: "Funding per hour of training", value: formatPence(school.region.claimsFundingAvailablePerHourPence) },
        ]}
      />
    </>
  );
}
