import { useLoaderData } from "@remix-run/react";
import { Button } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { SERVICE_NAMES } from "~/lib/services";
import { withErrorTitle } from "./auth-route";
import type { signedOutLoader } from "./dfe-sign-in.server";

/** The start and callback routes always redirect (or show an error page): nothing of theirs renders. */
export function RedirectOnly() {
  return null;
}

export const signInMeta = withErrorTitle(govukMeta("Sign in"));
export const signedOutMeta = withErrorTitle(govukMeta("You have signed out"));

export function SignedOutPage() {
  const { service, signedIn } = useLoaderData<typeof signedOutLoader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You have signed out</h1>
        {signedIn ? (
          <p className="govuk-body">You are still signed in to {SERVICE_NAMES[service]} in this browser.</p>
        ) : (
          <p className="govuk-body">You have signed out of {SERVICE_NAMES[service]}.</p>
        )}
        <Button href={`/${service}/sign-in`}>Sign in again</Button>
      </div>
    </div>
  );
}
