// @vitest-environment node
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  BackLink,
  Button,
  Details,
  FormActions,
  ErrorSummary,
  InsetText,
  NotificationBanner,
  PageHeading,
  ListedLimitNote,
  Pagination,
  Panel,
  SummaryList,
  Table,
  Tag,
  VisuallyHidden,
  WarningText,
  paginationItems,
} from "./index";

const html = (node: React.ReactElement) => renderToStaticMarkup(node);

describe("ErrorSummary", () => {
  it("renders the govuk error summary", () => {
    const out = html(
      <ErrorSummary
        errors={[
          { text: "Enter your name", href: "#name" },
          { text: "Select a school", href: "#school" },
        ]}
      />,
    );
    expect(out).toBe(
      '<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list"><li><a href="#name">Enter your name</a></li><li><a href="#school">Select a school</a></li></ul></div></div></div>',
    );
  });

  it("renders nothing without errors", () => {
    expect(html(<ErrorSummary errors={[]} />)).toBe("");
  });

  it("supports disableAutoFocus", () => {
    expect(html(<ErrorSummary errors={[{ text: "x" }]} disableAutoFocus />)).toContain(
      'data-disable-auto-focus="true"',
    );
  });
});

describe("FormActions", () => {
  it("puts the submit button and a Cancel link in a button group", () => {
    expect(
      html(
        <FormActions cancelHref="/back" variant="warning" preventDoubleClick>
          Remove mentor
        </FormActions>,
      ),
    ).toBe(
      '<div class="govuk-button-group"><button type="submit" data-prevent-double-click="true" class="govuk-button govuk-button--warning" data-module="govuk-button">Remove mentor</button><a class="govuk-link" href="/back">Cancel</a></div>',
    );
    expect(html(<FormActions>Continue</FormActions>)).not.toContain("Cancel");
  });
});

describe("Button", () => {
  it("renders a submit button with prevent double click", () => {
    expect(html(<Button preventDoubleClick>Save</Button>)).toBe(
      '<button type="submit" data-prevent-double-click="true" class="govuk-button" data-module="govuk-button">Save</button>',
    );
  });

  it("renders variants", () => {
    expect(html(<Button variant="secondary">A</Button>)).toContain('class="govuk-button govuk-button--secondary"');
    expect(html(<Button variant="warning">A</Button>)).toContain('class="govuk-button govuk-button--warning"');
    expect(html(<Button disabled>A</Button>)).toContain('disabled="" aria-disabled="true"');
  });

  it("renders a start button link with arrow", () => {
    const out = html(
      <Button variant="start" href="/start">
        Start now
      </Button>,
    );
    expect(out).toMatch(
      /^<a href="\/start" role="button" draggable="false" class="govuk-button govuk-button--start" data-module="govuk-button">Start now<svg class="govuk-button__start-icon"/,
    );
    expect(out).toContain('viewBox="0 0 33 40" aria-hidden="true" focusable="false"');
  });
});

describe("simple components", () => {
  it("BackLink", () => {
    expect(html(<BackLink href="/back" />)).toBe('<a href="/back" class="govuk-back-link">Back</a>');
  });

  it("Tag colours", () => {
    expect(html(<Tag colour="green">Done</Tag>)).toBe('<strong class="govuk-tag govuk-tag--green">Done</strong>');
    expect(html(<Tag colour="blue">New</Tag>)).toBe('<strong class="govuk-tag">New</strong>');
    expect(html(<Tag colour="light-blue">New</Tag>)).toBe('<strong class="govuk-tag">New</strong>');
    expect(html(<Tag colour="grey">Draft</Tag>)).toContain("govuk-tag--grey");
  });

  it("InsetText, WarningText, Details", () => {
    expect(html(<InsetText>Hi</InsetText>)).toBe('<div class="govuk-inset-text">Hi</div>');
    expect(html(<WarningText>Careful</WarningText>)).toBe(
      '<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> Careful</strong></div>',
    );
    expect(html(<Details summary="Help">Body</Details>)).toBe(
      '<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Help</span></summary><div class="govuk-details__text">Body</div></details>',
    );
  });

  it("PageHeading and VisuallyHidden", () => {
    expect(html(<PageHeading caption="Placements">Add a placement</PageHeading>)).toBe(
      '<span class="govuk-caption-l">Placements</span><h1 class="govuk-heading-l">Add a placement</h1>',
    );
    expect(html(<VisuallyHidden>x</VisuallyHidden>)).toBe('<span class="govuk-visually-hidden">x</span>');
  });

  it("Panel", () => {
    expect(
      html(
        <Panel title="Placement added">
          Reference <strong>ABC</strong>
        </Panel>,
      ),
    ).toBe(
      '<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Placement added</h1><div class="govuk-panel__body">Reference <strong>ABC</strong></div></div>',
    );
  });
});

describe("NotificationBanner", () => {
  it("important banner is a region labelled by its title", () => {
    const out = html(<NotificationBanner heading="You have 2 days left" />);
    expect(out).toBe(
      '<div class="govuk-notification-banner" role="region" aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner"><div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">Important</h2></div><div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">You have 2 days left</p></div></div>',
    );
  });

  it("success banner has role alert", () => {
    const out = html(<NotificationBanner type="success" titleId="success-title" heading="Saved" />);
    expect(out).toContain(
      'class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-title"',
    );
    expect(out).toContain('id="success-title">Success</h2>');
  });
});

describe("SummaryList", () => {
  it("renders rows, actions with visually hidden text and no-actions rows", () => {
    const out = html(
      <SummaryList
        rows={[
          { key: "Name", value: "Jo", actions: [{ href: "/name", text: "Change", visuallyHiddenText: "name" }] },
          { key: "Email", value: <a href="mailto:x">x</a> },
          false,
        ]}
      />,
    );
    expect(out).toBe(
      '<dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Name</dt><dd class="govuk-summary-list__value">Jo</dd><dd class="govuk-summary-list__actions"><a class="govuk-link" href="/name">Change<span class="govuk-visually-hidden"> name</span></a></dd></div><div class="govuk-summary-list__row govuk-summary-list__row--no-actions"><dt class="govuk-summary-list__key">Email</dt><dd class="govuk-summary-list__value"><a href="mailto:x">x</a></dd></div></dl>',
    );
  });

  it("renders a card with title and actions", () => {
    const out = html(
      <SummaryList
        card={{
          title: "Mentor 1",
          actions: [
            { href: "/remove", text: "Remove" },
            { href: "/edit", text: "Edit" },
          ],
        }}
        rows={[{ key: "Name", value: "Jo", actions: [{ href: "/n", text: "Change", visuallyHiddenText: "name" }] }]}
      />,
    );
    expect(out).toMatch(
      /^<div class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">Mentor 1<\/h2><ul class="govuk-summary-card__actions"><li class="govuk-summary-card__action"><a class="govuk-link" href="\/remove">Remove<span class="govuk-visually-hidden"> \(Mentor 1\)<\/span><\/a><\/li>/,
    );
    expect(out).toContain('<div class="govuk-summary-card__content"><dl class="govuk-summary-list">');
    expect(out).toContain('Change<span class="govuk-visually-hidden"> name (Mentor 1)</span>');
  });
});

describe("Table", () => {
  it("renders caption, head, numeric cells and row headers", () => {
    const out = html(
      <Table
        caption="Placements"
        captionClassName="govuk-table__caption--m"
        firstCellIsHeader
        head={["School", { text: "Places", format: "numeric" }]}
        rows={[
          ["Oak Primary", { text: 3, format: "numeric" }],
          // eslint-disable-next-line react/jsx-key -- a cell's content (rendered inside its <td>), not a list item
          [<a href="/s">Elm</a>, 1],
        ]}
      />,
    );
    expect(out).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Placements</caption>');
    expect(out).toContain('<th scope="col" class="govuk-table__header govuk-table__header--numeric">Places</th>');
    expect(out).toContain(
      '<th scope="row" class="govuk-table__header">Oak Primary</th><td class="govuk-table__cell govuk-table__cell--numeric">3</td>',
    );
    expect(out).toContain(
      '<th scope="row" class="govuk-table__header"><a href="/s">Elm</a></th><td class="govuk-table__cell">1</td>',
    );
  });
});

describe("Pagination", () => {
  const numbers = (current: number, total: number) =>
    paginationItems(current, total)
      .map((item) => (item.type === "ellipsis" ? "…" : item.current ? `[${item.number}]` : String(item.number)))
      .join(" ");

  it("computes items with ellipsis", () => {
    expect(numbers(1, 1)).toBe("[1]");
    expect(numbers(1, 5)).toBe("[1] 2 … 5");
    expect(numbers(3, 5)).toBe("1 2 [3] 4 5");
    expect(numbers(7, 42)).toBe("1 … 6 [7] 8 … 42");
    expect(numbers(42, 42)).toBe("1 … 41 [42]");
    expect(numbers(3, 10)).toBe("1 2 [3] 4 … 10");
    expect(numbers(99, 10)).toBe("1 … 9 [10]");
  });

  it("renders prev/next, aria-current and ellipsis", () => {
    const out = html(<Pagination currentPage={7} totalPages={42} hrefForPage={(page) => `?page=${page}`} />);
    expect(out).toMatch(
      /^<nav class="govuk-pagination" aria-label="Pagination"><div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="\?page=6" rel="prev"><svg class="govuk-pagination__icon govuk-pagination__icon--prev"/,
    );
    expect(out).toContain(
      '<span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span>',
    );
    expect(out).toContain('<li class="govuk-pagination__item govuk-pagination__item--ellipsis">⋯</li>');
    expect(out).toContain(
      '<li class="govuk-pagination__item govuk-pagination__item--current"><a class="govuk-link govuk-pagination__link" href="?page=7" aria-label="Page 7" aria-current="page">7</a></li>',
    );
    expect(out).toContain(
      'href="?page=8" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span><svg class="govuk-pagination__icon govuk-pagination__icon--next"',
    );
    expect(out.match(/aria-current/g)).toHaveLength(1);
  });

  it("omits prev on the first page, next on the last, and renders nothing for one page", () => {
    expect(html(<Pagination currentPage={1} totalPages={3} hrefForPage={(p) => `?p=${p}`} />)).not.toContain(
      "govuk-pagination__prev",
    );
    expect(html(<Pagination currentPage={3} totalPages={3} hrefForPage={(p) => `?p=${p}`} />)).not.toContain(
      "govuk-pagination__next",
    );
    expect(html(<Pagination currentPage={1} totalPages={1} hrefForPage={(p) => `?p=${p}`} />)).toBe("");
  });
});

describe("ListedLimitNote", () => {
  const capped = { totalPages: 40, listedLimit: 1000, noun: "claims", hint: "Use the filters to find the others." };

  it("on the last page of a capped list, says how many are listed and how to find the others", () => {
    expect(html(<ListedLimitNote page={40} {...capped} />)).toBe(
      '<p class="govuk-body">Only the first 1,000 claims are listed. Use the filters to find the others.</p>',
    );
    expect(html(<ListedLimitNote page={40} {...capped} noun="schools" hint={undefined} />)).toBe(
      '<p class="govuk-body">Only the first 1,000 schools are listed.</p>',
    );
  });

  it("says nothing on other pages or when every row is listed", () => {
    expect(html(<ListedLimitNote page={39} {...capped} />)).toBe("");
    expect(html(<ListedLimitNote page={40} {...capped} listedLimit={null} />)).toBe("");
  });
});
