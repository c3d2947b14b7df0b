import { Fragment } from "react";
import type { ReactElement, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { Fieldset } from "./Fieldset";
import { Hint } from "./Hint";
import { cx, hasContent, joinIds } from "./utils";

export interface CheckboxItem {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  /** Content revealed when this option is checked (govuk-checkboxes__conditional). */
  conditional?: ReactNode;
  /** Overrides the generated id. */
  id?: string;
  /** Overrides the group name for this checkbox. */
  name?: string;
  disabled?: boolean;
  /** Overrides the `values` match. */
  checked?: boolean;
  /** "None of these" option: unchecks the others (data-behaviour="exclusive"). */
  exclusive?: boolean;
  labelClassName?: string;
}

export interface CheckboxDivider {
  /** e.g. "or". */
  divider: string;
}

export interface CheckboxesProps {
  name: string;
  /** Default `name`. First input id is `${idPrefix}`, then `${idPrefix}-2`, ... */
  idPrefix?: string;
  items: Array<CheckboxItem | CheckboxDivider | null | undefined | false>;
  /** Checked values (rendered as defaultChecked). */
  values?: readonly string[] | null;
  /** When set, the checkboxes are wrapped in a fieldset with this legend. */
  legend?: ReactNode;
  legendClassName?: string;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  small?: boolean;
  /** Extra classes on div.govuk-checkboxes. */
  className?: string;
  formGroupClassName?: string;
  /** Extra ids for aria-describedby. */
  describedBy?: string;
}

function isDivider(item: CheckboxItem | CheckboxDivider): item is CheckboxDivider {
  return "divider" in item;
}

export function Checkboxes({
  name,
  idPrefix: idPrefixProp,
  items,
  values,
  legend,
  legendClassName,
  isPageHeading,
  hint,
  error,
  small,
  className,
  formGroupClassName,
  describedBy,
}: CheckboxesProps): ReactElement {
  const idPrefix = idPrefixProp || name;
  const hasFieldset = hasContent(legend);
  const hintId = hasContent(hint) ? `${idPrefix}-hint` : undefined;
  const errorId = hasContent(error) ? `${idPrefix}-error` : undefined;
  const groupDescribedBy = joinIds(describedBy, hintId, errorId);

  const inner = (
    <>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div
        className={cx("govuk-checkboxes", small && "govuk-checkboxes--small", className)}
        data-module="govuk-checkboxes"
      >
        {items.map((item, index) => {
          if (!item) return null;
          if (isDivider(item)) {
            return (
              <div key={index} className="govuk-checkboxes__divider">
                {item.divider}
              </div>
            );
          }
          // First id has no suffix so the error summary can link to `#name`.
          const itemId = item.id || (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const conditionalId = `conditional-${itemId}`;
          const isChecked = item.checked ?? (values ? values.includes(item.value) : false);
          const itemHintId = hasContent(item.hint) ? `${itemId}-item-hint` : undefined;
          const hasConditional = hasContent(item.conditional);
          // Without a fieldset each checkbox is described by the group hint/error.
          const itemDescribedBy = joinIds(hasFieldset ? undefined : groupDescribedBy, itemHintId);
          return (
            <Fragment key={index}>
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={item.name || name}
                  type="checkbox"
                  value={item.value}
                  defaultChecked={isChecked}
                  disabled={item.disabled}
                  data-aria-controls={hasConditional ? conditionalId : undefined}
                  data-behaviour={item.exclusive ? "exclusive" : undefined}
                  aria-describedby={itemDescribedBy}
                />
                <label className={cx("govuk-label govuk-checkboxes__label", item.labelClassName)} htmlFor={itemId}>
                  {item.text}
                </label>
                {itemHintId ? (
                  <Hint id={itemHintId} className="govuk-checkboxes__hint">
                    {item.hint}
                  </Hint>
                ) : null}
              </div>
              {hasConditional ? (
                <div
                  className={cx("govuk-checkboxes__conditional", !isChecked && "govuk-checkboxes__conditional--hidden")}
                  id={conditionalId}
                >
                  {item.conditional}
                </div>
              ) : null}
            </Fragment>
          );
        })}
      </div>
    </>
  );

  return (
    <div className={cx("govuk-form-group", errorId && "govuk-form-group--error", formGroupClassName)}>
      {hasFieldset ? (
        <Fieldset
          legend={legend}
          legendClassName={legendClassName}
          isPageHeading={isPageHeading}
          describedBy={groupDescribedBy}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </div>
  );
}
