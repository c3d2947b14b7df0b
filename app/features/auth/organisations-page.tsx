import { useLoaderData } from "@remix-run/react";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { organisationHomePath } from "~/lib/services";
import { organisationsLoader } from "./sign-in.server";

export const meta = govukMeta("Organisations");
export const loader = organisationsLoader;

export default function OrganisationsPage() {
  const { organisations, service } = useLoaderData<typeof loader>();
  const schools = organisations.filter((o) => o.kind === "school");
  const providers = organisations.filter((o) => o.kind === "provider");
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Organisations</h1>
      {organisations.length === 0 ? (
        <p className="govuk-body">You are not a member of any organisation in this service.</p>
      ) : null}
      {[
        { title: "Schools", list: schools },
        { title: "Providers", list: providers },
      ].map(({ title, list }) =>
        list.length ? (
          <section key={title}>
            <h2 className="govuk-heading-m">{title}</h2>
            <ul className="govuk-list">
              {list.map((org) => (
                <li key={org.id}>
                  <a className="govuk-link" href={organisationHomePath(service, org)}>
                    {org.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </>
  );
}
