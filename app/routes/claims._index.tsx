import type { LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Button } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { getSession } from "~/lib/session.server";
import { claimWindowForStartPage } from "~/lib/start-page.server";

export const meta = govukMeta("Claim funding for mentor training");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getSession(request, "claims")) throw redirect("/claims/schools");
  return json({ window: await claimWindowForStartPage() });
}

export default function ClaimsStart() {
  const { window } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Claim funding for mentor training</h1>
        <p className="govuk-body">
          Use this service to claim funding for the time mentors spent in training to support trainee teachers.
        </p>
        {window ? (
          <p className="govuk-body">
            You can claim for the academic year {window.academicYear} between {window.opens} and {window.closes}.
          </p>
        ) : null}
        <p className="govuk-body">You can claim for mentors who:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>completed initial mentor training with an accredited initial teacher training provider</li>
          <li>are supporting trainee teachers at your school</li>
        </ul>
        <Button href="/claims/sign-in" variant="start">
          Start now
        </Button>
      </div>
    </div>
  );
}
