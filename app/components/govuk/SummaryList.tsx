import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface SummaryListAction {
  href: string;
  text: ReactNode;
  /** e.g. "name" → "Change<span class=govuk-visually-hidden> name</span>". */
  visuallyHiddenText?: string;
  className?: string;
}

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  actions?: SummaryListAction[];
  className?: string;
  keyClassName?: string;
  valueClassName?: string;
  actionsClassName?: string;
}

export interface SummaryCardOptions {
  title?: ReactNode;
  /** Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  titleClassName?: string;
  actions?: SummaryListAction[];
  actionsClassName?: string;
  className?: string;
}

export interface SummaryListProps {
  /** Falsy rows are skipped (handy for conditional rows). */
  rows: Array<SummaryListRow | null | undefined | false>;
  /** Wrap the list in a summary card. */
  card?: SummaryCardOptions;
  /** e.g. "govuk-summary-list--no-border". */
  className?: string;
}

function ActionLink({ action, cardTitle }: { action: SummaryListAction; cardTitle?: ReactNode }): ReactElement {
  const hasCardTitle = cardTitle !== undefined && cardTitle !== null && cardTitle !== false && cardTitle !== "";
  return (
    <a className={cx("govuk-link", action.className)} href={action.href}>
      {action.text}
      {action.visuallyHiddenText || hasCardTitle ? (
        <span className="govuk-visually-hidden">
          {action.visuallyHiddenText ? ` ${action.visuallyHiddenText}` : null}
          {hasCardTitle ? <> ({cardTitle})</> : null}
        </span>
      ) : null}
    </a>
  );
}

export function SummaryList({ rows, card, className }: SummaryListProps): ReactElement {
  const visibleRows = rows.filter((row): row is SummaryListRow => Boolean(row));
  const anyRowHasActions = visibleRows.some((row) => (row.actions?.length ?? 0) > 0);
  const cardTitle = card?.title;

  const list = (
    <dl className={cx("govuk-summary-list", className)}>
      {visibleRows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            key={index}
            className={cx(
              "govuk-summary-list__row",
              anyRowHasActions && actions.length === 0 && "govuk-summary-list__row--no-actions",
              row.className,
            )}
          >
            <dt className={cx("govuk-summary-list__key", row.keyClassName)}>{row.key}</dt>
            <dd className={cx("govuk-summary-list__value", row.valueClassName)}>{row.value}</dd>
            {actions.length > 0 ? (
              <dd className={cx("govuk-summary-list__actions", row.actionsClassName)}>
                {actions.length === 1 && actions[0] ? (
                  <ActionLink action={actions[0]} cardTitle={cardTitle} />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action, actionIndex) => (
                      <li key={actionIndex} className="govuk-summary-list__actions-list-item">
                        <ActionLink action={action} cardTitle={cardTitle} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );

  if (!card) return list;

  const Heading = `h${card.headingLevel ?? 2}` as const;
  const cardActions = card.actions ?? [];
  return (
    <div className={cx("govuk-summary-card", card.className)}>
      <div className="govuk-summary-card__title-wrapper">
        {cardTitle ? (
          <Heading className={cx("govuk-summary-card__title", card.titleClassName)}>{cardTitle}</Heading>
        ) : null}
        {cardActions.length === 1 && cardActions[0] ? (
          <div className={cx("govuk-summary-card__actions", card.actionsClassName)}>
            <ActionLink action={cardActions[0]} cardTitle={cardTitle} />
          </div>
        ) : cardActions.length > 1 ? (
          <ul className={cx("govuk-summary-card__actions", card.actionsClassName)}>
            {cardActions.map((action, index) => (
              <li key={index} className="govuk-summary-card__action">
                <ActionLink action={action} cardTitle={cardTitle} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{list}</div>
    </div>
  );
}
