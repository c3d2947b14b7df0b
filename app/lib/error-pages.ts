/**
 * The wording of every error page, shared by the Remix error boundary (app/components/layout/ErrorPage.tsx)
 * and the pages the Express server sends itself before Remix runs (server/http/error-page.ts).
 */
export type ErrorPageContent = { heading: string; body: string[] };

const PROBLEM = "Sorry, there is a problem with the service";

export const ERROR_PAGES: Record<number, ErrorPageContent> = {
  400: {
    heading: PROBLEM,
    body: ["The address or the information sent was not valid.", "Go back, check it and try again."],
  },
  403: { heading: PROBLEM, body: ["Your request could not be completed. Go back, refresh the page and try again."] },
  404: {
    heading: "Page not found",
    body: [
      "If you typed the web address, check it is correct.",
      "If you pasted the web address, check you copied the entire address.",
    ],
  },
  405: { heading: PROBLEM, body: ["This page cannot be used in that way. Go back and try again."] },
  413: {
    heading: "Sorry, what you sent is too large",
    body: ["What you sent was larger than the service accepts. Go back, make it smaller and try again."],
  },
  414: { heading: PROBLEM, body: ["The web address is too long. Check it is correct."] },
  415: {
    heading: PROBLEM,
    body: ["The information was sent in a format the service does not accept. Go back and try again."],
  },
  429: {
    heading: "Sorry, there have been too many attempts",
    body: ["You have made too many requests in a short time.", "Wait a few minutes and try again."],
  },
  431: { heading: PROBLEM, body: ["The request was too large. Close the page and try again."] },
  500: { heading: PROBLEM, body: ["Try again later."] },
  503: {
    heading: "Sorry, the service is unavailable",
    body: ["You will be able to use the service later.", "Try again in a few minutes."],
  },
};

export function errorPageContent(status: number): ErrorPageContent {
  if (status === 401) return ERROR_PAGES[404];
  return ERROR_PAGES[status] ?? (status >= 400 && status < 500 ? ERROR_PAGES[400] : ERROR_PAGES[500]);
}

/** Pages that show the request id, so the person can quote it and support can find the log line. */
export function showsReference(status: number) {
  return status >= 500;
}
