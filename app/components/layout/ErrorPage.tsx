import { isRouteErrorResponse, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { errorPageContent, showsReference } from "~/lib/error-pages";
import { pageTitle, type ServiceName } from "~/lib/services";

export function errorStatus(error: unknown) {
  return isRouteErrorResponse(error) ? error.status : 500;
}

/** The request id a thrown error response carries (see server/http/harden-build.ts), if any. */
export function errorReference(error: unknown): string | undefined {
  if (!isRouteErrorResponse(error)) return undefined;
  const data = error.data as { requestId?: unknown } | null;
  return data && typeof data === "object" && typeof data.requestId === "string" ? data.requestId : undefined;
}

export function errorPageTitle(error: unknown, service: ServiceName | null) {
  return pageTitle(errorPageContent(errorStatus(error)).heading, service);
}

/** GOV.UK error pages. Never shows error details: those go to the logs with the request id shown here. */
export function ErrorPage({ status, reference }: { status: number; reference?: string }) {
  const page = errorPageContent(status);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{page.heading}</h1>
        {page.body.map((text) => (
          <p className="govuk-body" key={text}>
            {text}
          </p>
        ))}
        {reference && showsReference(status) ? (
          <p className="govuk-body">
            If you contact support, give them this reference: <strong className="app-reference">{reference}</strong>
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The error boundary's page: the status and reference of the thrown response, else a 500 with this request's id. */
export function RouteErrorPage() {
  const error = useRouteError();
  const root = useRouteLoaderData("root") as { requestId?: string } | undefined;
  return <ErrorPage status={errorStatus(error)} reference={errorReference(error) ?? root?.requestId} />;
}
