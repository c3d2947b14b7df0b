// Minimal types for the parts of govuk-frontend (which ships no .d.ts) used by
// app/components/govuk. Ambient module declarations merge, so other files can
// declare further exports of "govuk-frontend" alongside this one.
declare module "govuk-frontend" {
  export class ErrorSummary {
    constructor($root: Element | null, config?: { disableAutoFocus?: boolean });
  }
  /** Initialises every component with a data-module attribute on the page. */
  export function initAll(config?: Record<string, unknown>): void;
}
