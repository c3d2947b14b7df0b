/**
 * The organisation-level navigation under the header (Claims, Mentors, Users, …),
 * as the reference's secondary navigation. The current section is marked for assistive tech.
 */
export function SubNavigation({
  label,
  items,
}: {
  label: string;
  items: { text: string; href: string; current: boolean }[];
}) {
  return (
    <nav className="app-secondary-navigation" aria-label={label}>
      <ul className="app-secondary-navigation__list">
        {items.map((item) => (
          <li
            key={item.href}
            className={`app-secondary-navigation__item${item.current ? " app-secondary-navigation__item--active" : ""}`}
          >
            <a
              className="govuk-link govuk-link--no-visited-state"
              href={item.href}
              aria-current={item.current ? "page" : undefined}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
