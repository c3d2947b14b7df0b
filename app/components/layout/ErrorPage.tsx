import { isRouteErrorResponse } from "@remix-run/react";
import { pageTitle, type ServiceName } from "~/lib/services";

const PAGES: Record<number, { heading: string; body: string[] }> = {
  403: {
    heading: "Sorry, there is a problem with the service",
    body: ["Your request could not be completed. Go back, refresh the page and try again."],
  },
  404: {
    heading: "Page not found",
    body: [
      "If you typed the web address, check it is correct.",
      "If you pasted the web address, check you copied the entire address.",
    ],
  },
  429: {
    heading: "Sorry, there have been too many attempts",
    body: ["You have made too many requests in a short time.", "Wait a few minutes and try again."],
  },
  500: {
    heading: "Sorry, there is a problem with the service",
    body: ["Try again later."],
  },
};

function pageFor(status: number) {
  if (status === 401) return PAGES[404];
  return PAGES[status] ?? PAGES[500];
}

export function errorStatus(error: unknown) {
  return isRouteErrorResponse(error) ? error.status : 500;
}

export function errorPageTitle(error: unknown, service: ServiceName | null) {
  return pageTitle(pageFor(errorStatus(error)).heading, service);
}

/** GOV.UK error pages. Never shows error details: those go to the logs with the request id. */
export function ErrorPage({ status }: { status: number }) {
  const page = pageFor(status);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{page.heading}</h1>
        {page.body.map((text) => (
          <p className="govuk-body" key={text}>
            {text}
          </p>
        ))}
      </div>
    </div>
  );
}
