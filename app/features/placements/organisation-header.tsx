import { VisuallyHidden } from "~/components/govuk";

/**
 * The placements organisation header, shared by school and provider pages: the organisation's name with "Change"
 * (to the organisation picker, or the support console's list) and "Academic year … (Change)".
 */
export function PlacementsOrganisationHeader({
  name,
  changeOrganisationHref,
  academicYearName,
  changeAcademicYearHref,
}: {
  name: string;
  changeOrganisationHref: string | null;
  academicYearName: string;
  changeAcademicYearHref: string;
}) {
  return (
    <div className="govuk-!-margin-bottom-4">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
        {name}
        {changeOrganisationHref ? (
          <>
            {" "}
            <a className="govuk-link govuk-!-font-weight-regular" href={changeOrganisationHref}>
              Change<VisuallyHidden> organisation</VisuallyHidden>
            </a>
          </>
        ) : null}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        Academic year {academicYearName}{" "}
        <a className="govuk-link" href={changeAcademicYearHref}>
          Change<VisuallyHidden> academic year</VisuallyHidden>
        </a>
      </p>
    </div>
  );
}

/** The "Change" href for the organisation: the support console for support users, the picker for members of several. */
export function changeOrganisationHref(user: { isSupport: boolean; schoolIds: string[]; providerIds: string[] }) {
  if (user.isSupport) return "/placements/support/organisations";
  return user.schoolIds.length + user.providerIds.length > 1 ? "/placements/organisations" : null;
}

/** "Academic year … (Change)" link, returning to the organisation's landing page afterwards. */
export function changeAcademicYearHref(returnTo: string) {
  return `/placements/academic-year?returnTo=${encodeURIComponent(returnTo)}`;
}
