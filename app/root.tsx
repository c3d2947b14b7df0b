import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import componentStyles from "~/components/govuk/govuk-components.css";
import appStyles from "~/styles/app.css";
import autocompleteStyles from "accessible-autocomplete/dist/accessible-autocomplete.min.css";
import {
  Footer,
  Header,
  PhaseBanner,
  ServiceNavigation,
  ServiceNavigationFormButton,
  ServiceNavigationLink,
  SkipLink,
} from "~/components/govuk";
import { CsrfInput } from "~/components/forms/CsrfInput";
import { RenderedOnce } from "~/components/rendered-once/RenderedOnce";
import { errorPageTitle } from "~/components/layout/ErrorPage";
import { csrfTokenFor } from "~/lib/csrf.server";
import { useNonce } from "~/lib/nonce";
import { consumeFlash, getSession } from "~/lib/session.server";
import {
  organisationPickerPath,
  SERVICE_NAMES,
  serviceFromPath,
  supportHomePath,
  type ServiceName,
} from "~/lib/services";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/assets/govuk-frontend.min.css" },
  { rel: "stylesheet", href: componentStyles },
  // accessible-autocomplete's own styles (AutocompleteField), served from this origin like every stylesheet.
  { rel: "stylesheet", href: autocompleteStyles },
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", sizes: "48x48", href: "/assets/images/favicon.ico" },
  { rel: "icon", sizes: "any", href: "/assets/images/favicon.svg", type: "image/svg+xml" },
  { rel: "apple-touch-icon", href: "/assets/images/govuk-icon-180.png" },
  { rel: "manifest", href: "/assets/manifest.json" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const service = serviceFromPath(new URL(request.url).pathname);
  const session = await getSession(request, service);
  const flash = await consumeFlash(request);
  const csrf = csrfTokenFor(request, session?.id);
  const user = session
    ? {
        name: `${session.user.firstName} ${session.user.lastName}`,
        isSupport: session.user.isSupport,
        organisationCount: session.user.schoolIds.length + session.user.providerIds.length,
      }
    : null;
  return json(
    // requestId: the support reference an error page shows if rendering this page fails.
    { service, user, flash, csrfToken: csrf.token, requestId: context.requestId },
    { headers: csrf.setCookie ? { "Set-Cookie": csrf.setCookie } : undefined },
  );
}

export type RootData = typeof loader;

export const meta: MetaFunction = ({ error, location }) => {
  if (error) return [{ title: errorPageTitle(error, serviceFromPath(location.pathname)) }];
  return [{ title: "ITT Mentor Services – GOV.UK" }];
};

const INIT_SCRIPT =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<RootData>("root");
  const location = useLocation();
  const service = serviceFromPath(location.pathname);
  const user = data?.service === service ? data?.user : null;
  return (
    <html lang="en" className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#1d70b8" />
        <Meta />
        <Links />
      </head>
      <body className="govuk-template__body" suppressHydrationWarning>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: INIT_SCRIPT }} />
        <SkipLink />
        <header className="govuk-template__header">
          <Header homepageUrl="https://www.gov.uk" />
          <ServiceNavigation
            serviceName={service ? SERVICE_NAMES[service] : "ITT Mentor Services"}
            serviceUrl={service ? `/${service}` : "/"}
            navigationLabel="Account"
          >
            {service && user ? (
              <>
                {user.isSupport || user.organisationCount > 1 ? (
                  <ServiceNavigationLink
                    href={user.isSupport ? supportHomePath(service) : organisationPickerPath(service)}
                  >
                    {user.isSupport ? "Organisations" : "Change organisation"}
                  </ServiceNavigationLink>
                ) : null}
                <ServiceNavigationFormButton action={`/${service}/sign-out`} formContent={<CsrfInput />}>
                  Sign out
                </ServiceNavigationFormButton>
              </>
            ) : null}
          </ServiceNavigation>
        </header>
        {/* Landmarks as govuk-frontend's template.njk: skip link, <header>, the width container (beforeContent, then
            <main>), and the footer inside <footer> (the page's contentinfo landmark). */}
        <div className="govuk-width-container">
          <PhaseBanner feedbackHref="mailto:becomingateacher@digital.education.gov.uk" />
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <RenderedOnce
          as="footer"
          className="govuk-template__footer"
          cacheKey={`root footer\n${service ?? ""}`}
          render={() => <ServiceFooter service={service} />}
        />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/** The GOV.UK footer with the service's own links: the same for every page of a service (RenderedOnce). */
function ServiceFooter({ service }: { service: ServiceName | null }) {
  const base = service ? `/${service}` : "";
  return (
    <Footer
      meta={{
        items: [
          { href: `${base}/accessibility`, text: "Accessibility" },
          { href: `${base}/cookies`, text: "Cookies" },
          { href: `${base}/privacy`, text: "Privacy" },
        ],
      }}
    />
  );
}

export default function App() {
  return <Outlet />;
}

export { RouteErrorPage as ErrorBoundary } from "~/components/layout/ErrorPage";
