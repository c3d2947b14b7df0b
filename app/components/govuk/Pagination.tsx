import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export type PaginationItem = { type: "page"; number: number; current: boolean } | { type: "ellipsis" };

/**
 * Page numbers to show: always the first and last page, and the current page
 * with one page either side. A gap of more than one page becomes an ellipsis;
 * a gap of exactly one page shows that page instead (an ellipsis would hide
 * nothing). E.g. current 7 of 42 → 1 … 6 7 8 … 42; current 3 of 10 → 1 2 3 4 … 10.
 */
export function paginationItems(currentPage: number, totalPages: number): PaginationItem[] {
  if (totalPages < 1) return [];
  const current = Math.min(Math.max(1, Math.trunc(currentPage)), totalPages);
  const pages = [...new Set([1, current - 1, current, current + 1, totalPages])]
    .filter((page) => page >= 1 && page <= totalPages)
    .sort((a, b) => a - b);

  const items: PaginationItem[] = [];
  let previous = 0;
  for (const page of pages) {
    const gap = page - previous;
    if (gap === 2) {
      items.push({ type: "page", number: page - 1, current: page - 1 === current });
    } else if (gap > 2) {
      items.push({ type: "ellipsis" });
    }
    items.push({ type: "page", number: page, current: page === current });
    previous = page;
  }
  return items;
}

export interface PaginationProps {
  currentPage: number;
  totalPages: number;
  /** Builds the link for a page, e.g. `(page) => \`?page=${page}\``. */
  hrefForPage: (page: number) => string;
  /** aria-label of the <nav>. Default "Pagination". */
  landmarkLabel?: string;
  /** Custom previous link content. Default "Previous<span class=govuk-visually-hidden> page</span>". */
  previousText?: ReactNode;
  /** Custom next link content. Default "Next<span class=govuk-visually-hidden> page</span>". */
  nextText?: ReactNode;
  className?: string;
}

function PreviousIcon(): ReactElement {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--prev"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
    </svg>
  );
}

function NextIcon(): ReactElement {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--next"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
    </svg>
  );
}

/** Numbered pagination. Renders nothing when there is only one page. */
export function Pagination({
  currentPage,
  totalPages,
  hrefForPage,
  landmarkLabel = "Pagination",
  previousText,
  nextText,
  className,
}: PaginationProps): ReactElement | null {
  if (totalPages <= 1) return null;
  const items = paginationItems(currentPage, totalPages);
  const current = Math.min(Math.max(1, Math.trunc(currentPage)), totalPages);

  return (
    <nav className={cx("govuk-pagination", className)} aria-label={landmarkLabel}>
      {current > 1 ? (
        <div className="govuk-pagination__prev">
          <a className="govuk-link govuk-pagination__link" href={hrefForPage(current - 1)} rel="prev">
            <PreviousIcon />
            <span className="govuk-pagination__link-title">
              {previousText ?? (
                <>
                  Previous<span className="govuk-visually-hidden"> page</span>
                </>
              )}
            </span>
          </a>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {items.map((item, index) =>
          item.type === "ellipsis" ? (
            <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
              ⋯
            </li>
          ) : (
            <li
              key={item.number}
              className={cx("govuk-pagination__item", item.current && "govuk-pagination__item--current")}
            >
              <a
                className="govuk-link govuk-pagination__link"
                href={hrefForPage(item.number)}
                aria-label={`Page ${item.number}`}
                aria-current={item.current ? "page" : undefined}
              >
                {item.number}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < totalPages ? (
        <div className="govuk-pagination__next">
          <a className="govuk-link govuk-pagination__link" href={hrefForPage(current + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              {nextText ?? (
                <>
                  Next<span className="govuk-visually-hidden"> page</span>
                </>
              )}
            </span>
            <NextIcon />
          </a>
        </div>
      ) : null}
    </nav>
  );
}

/**
 * Under the last page of a list that stops at a number of pages: how many rows the pages list, and how to find the
 * others. Nothing when every matching row is listed, or on any other page.
 */
export function ListedLimitNote({
  page,
  totalPages,
  listedLimit,
  noun,
  hint,
}: {
  page: number;
  totalPages: number;
  listedLimit: number | null;
  noun: string;
  hint?: string;
}) {
  if (listedLimit === null || page !== totalPages) return null;
  return (
    <p className="govuk-body">
      Only the first {listedLimit.toLocaleString("en-GB")} {noun} are listed.{hint ? ` ${hint}` : ""}
    </p>
  );
}
