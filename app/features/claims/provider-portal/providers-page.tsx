import { useLoaderData } from "@remix-run/react";
import { govukMeta } from "~/lib/page";
import { providersLoader } from "./provider-portal.server";

export const meta = govukMeta("Organisations");
export const loader = providersLoader;

export default function ProvidersPage() {
  const { providers } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">Organisations</h1>
      {providers.length === 0 ? (
        <p className="govuk-body">You are not a member of any accredited provider in this service.</p>
      ) : (
        <ul className="govuk-list">
          {providers.map((p) => (
            <li key={p.id}>
              <a className="govuk-link" href={`/claims/providers/${p.id}/claims`}>
                {p.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
