import { useLoaderData } from "@remix-run/react";
import { BackLink, FormActions } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta } from "~/lib/page";
import { removeProviderAction, removeProviderLoader } from "./placement-provider.server";

type Data = { title: string; provider: { name: string; placementsService: boolean } };
export const meta = govukMeta<Data>(
  (data) =>
    `Are you sure you want to remove ${data?.provider.name ?? "the provider"} from this placement? – ${data?.title ?? ""}`,
);
export const loader = removeProviderLoader;
export const action = removeProviderAction;

/** Remove the provider from the placement; the form carries the provider the user saw (a conditional update). */
export default function RemoveProviderPage() {
  const { title, provider, placementPath } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink href={placementPath} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{title}</span>
          <h1 className="govuk-heading-l">Are you sure you want to remove {provider.name} from this placement?</h1>
          {/* Only a provider onboarded to placements has users to e-mail. */}
          {provider.placementsService ? (
            <p className="govuk-body">
              We will send an email to let them know they should no longer arrange for a trainee to undertake this
              placement.
            </p>
          ) : null}
          <p className="govuk-body">
            It is your responsibility to contact the provider separately and tell them this placement is no longer
            available to them.
          </p>
          <p className="govuk-body">You can assign a new provider once you have removed the current provider.</p>
          <PostForm>
            <input type="hidden" name="providerId" value={provider.id} />
            <FormActions cancelHref={placementPath} variant="warning" preventDoubleClick>
              Remove provider
            </FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
