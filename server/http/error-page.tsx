import type { Request, Response } from "express";
import { renderToStaticMarkup } from "react-dom/server";
import { Footer } from "../../app/components/govuk/Footer.tsx";
import { Header } from "../../app/components/govuk/Header.tsx";
import { ServiceNavigation } from "../../app/components/govuk/ServiceNavigation.tsx";
import { SkipLink } from "../../app/components/govuk/SkipLink.tsx";
import { ErrorPage } from "../../app/components/layout/ErrorPage.tsx";
import { errorPageContent } from "../../app/lib/error-pages.ts";
import { pageTitle, SERVICE_NAMES, serviceFromPath } from "../../app/lib/services.ts";

/**
 * GOV.UK error pages for the answers the Express server gives itself, before or instead of Remix
 * (405, 403 cross-site, 400 bad encoding, 413/415 bodies, 414/431 long requests, 500 and 503). Same
 * components and wording as the Remix error boundary; no script, so the CSP needs no nonce.
 */
export function renderErrorPage({
  status,
  path = "/",
  requestId,
}: {
  status: number;
  path?: string;
  requestId?: string;
}) {
  const service = serviceFromPath(path);
  const title = pageTitle(errorPageContent(status).heading, service);
  const body = renderToStaticMarkup(
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <Header homepageUrl="https://www.gov.uk" />
        <ServiceNavigation
          serviceName={service ? SERVICE_NAMES[service] : "ITT Mentor Services"}
          serviceUrl={service ? `/${service}` : "/"}
        />
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <ErrorPage status={status} reference={requestId} />
        </main>
      </div>
      <Footer />
    </>,
  );
  const escapedTitle = title.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><title>${escapedTitle}</title><link rel="stylesheet" href="/assets/govuk-frontend.min.css"><link rel="icon" sizes="48x48" href="/assets/images/favicon.ico"></head><body class="govuk-template__body">${body}</body></html>`;
}

/** Sends the GOV.UK page for `status` with this request's id as the support reference. */
export function sendErrorPage(req: Request, res: Response, status: number, headers: Record<string, string> = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  let path = "/";
  try {
    path = decodeURIComponent(req.path);
  } catch {
    path = req.path;
  }
  const html = renderErrorPage({ status, path, requestId: res.locals.requestId as string | undefined });
  res.status(status);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.end(req.method === "HEAD" ? undefined : html);
}
