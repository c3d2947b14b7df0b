import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { govukMeta } from "~/lib/page";
import { publicPageHandle } from "~/lib/public-page";
import { SERVICE_NAMES, serviceFromPath } from "~/lib/services";

/** The footer's static pages, shared by both services (their text names the service). */
const PAGES = {
  accessibility: {
    title: "Accessibility statement",
    body: (service: string) => [
      `This accessibility statement applies to ${service}.`,
      "This service is run by the Department for Education. We want as many people as possible to be able to use it: you should be able to change colours, contrast levels and fonts, zoom in up to 400% without the text spilling off the screen, navigate the whole service using just a keyboard or speech recognition software, and listen to it using a screen reader.",
      "We test every page of the service with automated accessibility checks, with JavaScript on and off, against the Web Content Accessibility Guidelines version 2.2 AA standard.",
      "If you find any problems not listed on this page or think we are not meeting accessibility requirements, email becomingateacher@digital.education.gov.uk.",
    ],
  },
  cookies: {
    title: "Cookies",
    body: (service: string) => [
      `${service} puts small files (known as cookies) onto your computer.`,
      "We use essential cookies only: one keeps you signed in (it ends when you sign out, after 2 hours without activity or after 12 hours), and one protects the forms you send from being forged by other websites.",
      "We do not use analytics or marketing cookies.",
    ],
  },
  privacy: {
    title: "Privacy notice",
    body: (service: string) => [
      `The Department for Education (DfE) is the data controller for the personal information processed by ${service}.`,
      "We use your name, email address and the organisations you belong to so that you can sign in and use the service, and to contact you about it.",
      "We keep sign-in records and an audit of changes to claims so that public money is accounted for.",
    ],
  },
} as const;

export type StaticPageName = keyof typeof PAGES;

export function staticPage(name: StaticPageName) {
  const page = PAGES[name];
  return {
    meta: govukMeta(page.title),
    // The page reads its address alone: signed-out views are served from the kept HTML.
    handle: publicPageHandle,
    loader: ({ request }: LoaderFunctionArgs) => {
      const service = serviceFromPath(new URL(request.url).pathname);
      return json({
        title: page.title,
        paragraphs: page.body(service ? SERVICE_NAMES[service] : "ITT Mentor Services"),
      });
    },
    Component: function StaticPage() {
      const { title, paragraphs } = useLoaderData<{ title: string; paragraphs: string[] }>();
      return (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-l">{title}</h1>
            {paragraphs.map((text) => (
              <p className="govuk-body" key={text}>
                {text}
              </p>
            ))}
          </div>
        </div>
      );
    },
  };
}
