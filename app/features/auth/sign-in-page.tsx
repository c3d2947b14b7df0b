import { useLoaderData } from "@remix-run/react";
import { Button, NotificationBanner } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta } from "~/lib/page";
import { SERVICE_NAMES } from "~/lib/services";
import { signInLoader } from "./sign-in.server";

export const meta = govukMeta<{ service: keyof typeof SERVICE_NAMES }>((data) =>
  data ? `Sign in to ${SERVICE_NAMES[data.service]}` : "Sign in",
);
export const loader = signInLoader;

export default function SignInPage() {
  const { service, returnTo, noAccess, failed, signedOut, dfeSignIn, personas } = useLoaderData<typeof loader>();
  const query = returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : "";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {noAccess ? (
          <NotificationBanner heading="You do not have access to this service">
            <p className="govuk-body">
              Ask someone at your organisation who already uses the service to add you, or contact support.
            </p>
          </NotificationBanner>
        ) : null}
        {failed ? <NotificationBanner heading="Sign in failed. Try again." /> : null}
        {signedOut ? (
          <NotificationBanner heading="You have been signed out">
            <p className="govuk-body">
              For your security, you are signed out after 2 hours without activity, and 12 hours after you signed in.
              Sign in again to continue.
            </p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Sign in to {SERVICE_NAMES[service]}</h1>
        {dfeSignIn ? (
          <PostForm action={`/${service}/auth/dfe${query}`}>
            <p className="govuk-body">You sign in with your DfE Sign-in account.</p>
            <Button>Sign in using DfE Sign-in</Button>
          </PostForm>
        ) : null}
        {personas ? (
          <p className="govuk-body">
            <a className="govuk-link" href={`/${service}/personas${query}`}>
              Sign in using a persona
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
