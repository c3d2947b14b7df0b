import { useLoaderData } from "@remix-run/react";
import { BackLink, FormActions, WarningText } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta } from "~/lib/page";
import { partnerLoader, removePartnerAction } from "./partnerships.server";
import { PARTNERSHIP_WORDING, type PartnershipSide } from "./wording";

type Data = { side: PartnershipSide; partner: { name: string } };
export const meta = govukMeta<Data>(
  (data) => `${PARTNERSHIP_WORDING[data?.side ?? "school"].removeTitle} – ${data?.partner.name ?? ""}`,
);
export const loader = partnerLoader;
export const action = removePartnerAction;

/**
 * Delete a partnership. The provider stays assigned to the school's placements (listed here); only a school deleting a
 * provider onboarded to placements e-mails it.
 */
export default function RemovePartnerPage() {
  const { side, orgId, partner, partnerPath } = useLoaderData<typeof loader>();
  const wording = PARTNERSHIP_WORDING[side];
  const placements = partner.assignedPlacements;
  const placementHref = (id: string) =>
    side === "school" ? `/placements/schools/${orgId}/placements/${id}` : `${partnerPath}/placements/${id}`;
  return (
    <>
      <BackLink href={partnerPath} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{partner.name}</span>
          <h1 className="govuk-heading-l">{wording.removeTitle}</h1>
          {side === "school" ? (
            <>
              <p className="govuk-body">You will no longer be able to assign this provider to placements.</p>
              <p className="govuk-body">They will remain assigned to current placements unless you remove them.</p>
            </>
          ) : (
            <>
              <p className="govuk-body">
                The school will no longer be able to assign you to their placements. You can still view placements at
                this school.
              </p>
              <p className="govuk-body">
                You will remain assigned to current placements unless the school removes you.
              </p>
            </>
          )}
          {placements.length ? (
            <>
              <p className="govuk-body">
                {side === "school" ? "Placements with this provider are:" : "You are currently assigned to:"}
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {placements.map((p) => (
                  <li key={p.id}>
                    <a className="govuk-link govuk-link--no-visited-state" href={placementHref(p.id)}>
                      {p.title}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {side === "school" && partner.placementsService ? (
            <WarningText>
              We will send an email to {partner.name} to let them know they are no longer one of your providers. It is
              your responsibility to confirm with them whether they should still fulfil existing assigned placements.
            </WarningText>
          ) : null}
          <PostForm>
            <FormActions cancelHref={partnerPath} variant="warning" preventDoubleClick>
              {wording.deleteLink}
            </FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
