import { useLoaderData } from "@remix-run/react";
import { Button } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta } from "~/lib/page";
import { withErrorTitle } from "./auth-route";
import { personasAction, personasLoader } from "./personas.server";

export const meta = withErrorTitle(govukMeta("Sign in as a persona"));
export const loader = personasLoader;
export const action = personasAction;

export default function PersonasPage() {
  const { personas, returnTo } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign in as a persona</h1>
        <p className="govuk-body">These test users exist only in development and demo environments.</p>
        {personas.map((persona) => (
          <div key={persona.email} className="govuk-!-margin-bottom-6">
            <h2 className="govuk-heading-m">{persona.name}</h2>
            <p className="govuk-body">{persona.description}</p>
            <PostForm>
              <input type="hidden" name="email" value={persona.email} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <Button>Sign in as {persona.name.split(" ")[0]}</Button>
            </PostForm>
          </div>
        ))}
      </div>
    </div>
  );
}
