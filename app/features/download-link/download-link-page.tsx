import { useLoaderData, useLocation } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import { Button } from "~/components/govuk";

type LinkData = { valid: boolean; token: string | null };

/** Title for the landing page: the error heading when the link cannot be used. */
export function downloadLinkTitle(heading: string) {
  return (data: LinkData | undefined) => (data?.valid ? heading : "Sorry, there is a problem with the download link");
}

/** The landing page of a one-time download link: a heading, what the file is, and a Download button (POST). */
export function DownloadLinkPage({ heading, description }: { heading: string; description: string }) {
  const { valid, token } = useLoaderData<LinkData>();
  const { pathname } = useLocation();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {valid && token ? (
          <>
            <h1 className="govuk-heading-l">{heading}</h1>
            <p className="govuk-body">{description}</p>
            <p className="govuk-body">You can download the file once. The link expires after 7 days.</p>
            <PostForm action={`${pathname}/download`}>
              <input type="hidden" name="token" value={token} />
              <Button type="submit">Download</Button>
            </PostForm>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">Sorry, there is a problem with the download link</h1>
            <p className="govuk-body">The link has expired or the file has already been downloaded.</p>
            <p className="govuk-body">
              Email{" "}
              <a className="govuk-link" href="mailto:ittmentor.funding@education.gov.uk">
                ittmentor.funding@education.gov.uk
              </a>{" "}
              to ask for a new link.
            </p>
          </>
        )}
      </div>
    </div>
  );
}
