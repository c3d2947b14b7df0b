import { useLoaderData } from "@remix-run/react";
import { SummaryList } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { organisationDetailsLoader } from "./organisation-details.server";

export const meta = govukMeta("Organisation details");
export const loader = organisationDetailsLoader;

export default function SchoolOrganisationDetailsPage() {
  const { school } = useLoaderData<typeof loader>();
  const base = `/placements/schools/${school.id}`;
  const contact = school.schoolContact;
  const address = [school.address1, school.address2, school.address3, school.town, school.postcode].filter(Boolean);
  const notEntered = "Not entered";
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Organisation details</h1>
      <h2 className="govuk-heading-m">ITT placement contact</h2>
      {contact ? (
        <SummaryList
          card={{
            title: "Placement contact",
            actions: [{ href: `${base}/school-contact/edit`, text: "Change", visuallyHiddenText: "placement contact" }],
          }}
          rows={[
            { key: "First name", value: contact.firstName ?? notEntered },
            { key: "Last name", value: contact.lastName ?? notEntered },
            { key: "Email address", value: contact.emailAddress },
          ]}
        />
      ) : (
        <>
          <p className="govuk-body">
            Providers use the ITT placement contact to get in touch with your school about placements. You must add one
            before you can add placements.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={`${base}/school-contact/new`}>
              Add ITT placement contact
            </a>
          </p>
        </>
      )}
      <h2 className="govuk-heading-m">Organisation</h2>
      <SummaryList
        rows={[
          { key: "Name", value: school.name },
          { key: "UK provider reference number (UKPRN)", value: school.ukprn ?? notEntered },
          { key: "Unique reference number (URN)", value: school.urn ?? notEntered },
          { key: "Phase", value: school.phase ?? notEntered },
          { key: "Type of establishment", value: school.typeOfEstablishment ?? notEntered },
          { key: "Region", value: school.region.name },
        ]}
      />
      <h2 className="govuk-heading-m">Contact details</h2>
      <SummaryList
        rows={[
          { key: "Email address", value: school.emailAddress ?? notEntered },
          { key: "Telephone number", value: school.telephone ?? notEntered },
          { key: "Website", value: school.website ?? notEntered },
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
              notEntered
            ),
          },
        ]}
      />
    </>
  );
}
