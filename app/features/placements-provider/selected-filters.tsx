/** A group of removable filter tags: each link is the page's URL without that one value. */
export type FilterTagGroup = { group: string; items: { text: string; href: string }[] };

/** The filter panel's "Selected filters": a Clear filters link and the removable tags, shown while any is set. */
export function SelectedFilters({ tags, clearHref }: { tags: FilterTagGroup[]; clearHref: string }) {
  if (!tags.length) return null;
  return (
    <div className="app-filter__selected">
      <h3 className="govuk-heading-s">Selected filters</h3>
      <p className="govuk-body">
        <a className="govuk-link govuk-link--no-visited-state" href={clearHref}>
          Clear filters
        </a>
      </p>
      {tags.map((g) => (
        <div key={g.group}>
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{g.group}</h4>
          <ul className="app-filter-tags">
            {g.items.map((item) => (
              <li key={item.href}>
                <a className="app-filter__tag" href={item.href}>
                  <span className="govuk-visually-hidden">Remove filter </span>
                  {item.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
