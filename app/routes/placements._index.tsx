import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Button } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { getSession } from "~/lib/session.server";

export const meta = govukMeta("Manage school placements");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getSession(request, "placements")) throw redirect("/placements/organisations");
  return null;
}

export default function PlacementsStart() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Manage school placements</h1>
        <p className="govuk-body">
          Use this service to publish the placements your school can offer trainee teachers, or, as an initial teacher
          training provider, to find schools with placements and work with them.
        </p>
        <Button href="/placements/sign-in" variant="start">
          Start now
        </Button>
      </div>
    </div>
  );
}
