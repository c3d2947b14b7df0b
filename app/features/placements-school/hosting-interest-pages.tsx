import { useLoaderData, useParams } from "@remix-run/react";
import { InsetText, SummaryList } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { whatsNextLoader } from "./hosting-interest.server";

export const meta = govukMeta("What happens next?");
export const loader = whatsNextLoader;

/** After the hosting-interest wizard (Yes or Maybe): what the school shared and what happens now. */
export default function WhatsNextPage() {
  const data = useLoaderData<typeof loader>();
  const placementsHref = `/placements/schools/${data.schoolId}/placements`;
  return (
    <>
      <FlashBanner />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">What happens next?</h1>
          {data.appetite === "interested" ? (
            <>
              <p className="govuk-body">
                Providers can see that you may be able to offer placements in {data.academicYear.name}, and what you
                told us:
              </p>
              <SummaryList rows={data.potentialRows} />
              <p className="govuk-body">
                Providers may contact your placement contact. When you know which placements you can offer, add them
                from your placements page.
              </p>
            </>
          ) : (
            <>
              <p className="govuk-body">
                You have {data.titles.length} {data.titles.length === 1 ? "placement" : "placements"} for{" "}
                {data.academicYear.name}:
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {data.titles.map((title, i) => (
                  <li key={i}>{title}</li>
                ))}
              </ul>
              <InsetText>
                New placements are drafts. Providers cannot see a placement until you publish it from its page.
              </InsetText>
            </>
          )}
          <p className="govuk-body">
            <a className="govuk-link" href={placementsHref}>
              Go to your placements
            </a>
          </p>
        </div>
      </div>
    </>
  );
}

export const unableMeta = govukMeta("You cannot change your placement availability");

/** The edit wizard is closed while a provider is assigned to one of the year's placements. */
export function UnableToChangePage() {
  const { schoolId } = useParams();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You cannot change your placement availability</h1>
        <p className="govuk-body">
          A provider is assigned to one of your placements this academic year. Remove the provider from the placement
          before you change whether your school can offer placements.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/placements/schools/${schoolId}/placements`}>
            Back to placements
          </a>
        </p>
      </div>
    </div>
  );
}
