import { useLoaderData } from "@remix-run/react";
import { BackLink, FormActions } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta } from "~/lib/page";
import { lastPlacementAction, lastPlacementLoader } from "./placement-provider.server";

const HEADING = "You are assigning your last available placement to a provider";
type Data = { title: string };
export const meta = govukMeta<Data>((data) => `${HEADING} – ${data?.title ?? "Placement"}`);
export const loader = lastPlacementLoader;
export const action = lastPlacementAction;

/** Shown when the provider chosen would fill the school's last available placement of the year. */
export default function LastPlacementPage() {
  const { title, provider, placementPath } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink href={`${placementPath}/provider`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{title}</span>
          <h1 className="govuk-heading-l">{HEADING}</h1>
          <p className="govuk-body">
            Your status will be set to ‘no placements available’. Providers will no longer contact you about available
            placements.
          </p>
          <p className="govuk-body">You can add more placements at anytime.</p>
          <PostForm>
            <input type="hidden" name="providerId" value={provider.id} />
            <FormActions cancelHref={placementPath} preventDoubleClick>
              Assign provider
            </FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
