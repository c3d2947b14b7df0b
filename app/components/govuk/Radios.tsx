import { Fragment, useEffect, useRef, useState } from "react";
import type { ReactElement, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { Fieldset } from "./Fieldset";
import { Hint } from "./Hint";
import { cx, hasContent, joinIds } from "./utils";

export interface RadioItem {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  /**
   * Content revealed when this option is selected (govuk-radios__conditional). Without JavaScript it is always shown;
   * with it, React hides the content of unselected options. (govuk-frontend's own script is not used for this: it sets
   * aria-expanded on the radio inputs, which is not an allowed attribute for the radio role and fails axe.)
   */
  conditional?: ReactNode;
  /** Overrides the generated id. */
  id?: string;
  disabled?: boolean;
  /** Overrides the `value` match. */
  checked?: boolean;
  labelClassName?: string;
}

export interface RadioDivider {
  /** e.g. "or". */
  divider: string;
}

export interface RadiosProps {
  name: string;
  /** Default `name`. First input id is `${idPrefix}`, then `${idPrefix}-2`, ... */
  idPrefix?: string;
  items: Array<RadioItem | RadioDivider | null | undefined | false>;
  /** Checked value (rendered as defaultChecked). */
  value?: string | null;
  /** When set, the radios are wrapped in a fieldset with this legend. */
  legend?: ReactNode;
  legendClassName?: string;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  inline?: boolean;
  small?: boolean;
  /** Extra classes on div.govuk-radios. */
  className?: string;
  formGroupClassName?: string;
  /** Extra ids for the fieldset's aria-describedby. */
  describedBy?: string;
}

function isDivider(item: RadioItem | RadioDivider): item is RadioDivider {
  return "divider" in item;
}

export function Radios({
  name,
  idPrefix: idPrefixProp,
  items,
  value,
  legend,
  legendClassName,
  isPageHeading,
  hint,
  error,
  inline,
  small,
  className,
  formGroupClassName,
  describedBy,
}: RadiosProps): ReactElement {
  const idPrefix = idPrefixProp || name;
  const hintId = hasContent(hint) ? `${idPrefix}-hint` : undefined;
  const errorId = hasContent(error) ? `${idPrefix}-error` : undefined;
  const isItemChecked = (item: RadioItem) =>
    item.checked ?? (value !== undefined && value !== null && item.value === value);
  const radioItems = items.filter((i): i is RadioItem => Boolean(i) && !isDivider(i as RadioItem | RadioDivider));
  const revealsContent = radioItems.some((i) => hasContent(i.conditional));
  const [selected, setSelected] = useState(() => radioItems.find(isItemChecked)?.value ?? null);
  // A radio chosen before the page finished loading (hydration) fired no onChange: reveal what the page shows as chosen.
  const radiosRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!revealsContent) return;
    const chosen = radiosRef.current?.querySelector<HTMLInputElement>("input.govuk-radios__input:checked");
    if (chosen) setSelected(chosen.value);
  }, [revealsContent]);

  const inner = (
    <>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div
        ref={radiosRef}
        className={cx("govuk-radios", inline && "govuk-radios--inline", small && "govuk-radios--small", className)}
      >
        {items.map((item, index) => {
          if (!item) return null;
          if (isDivider(item)) {
            return (
              <div key={index} className="govuk-radios__divider">
                {item.divider}
              </div>
            );
          }
          // First id has no suffix so the error summary can link to `#name`.
          const itemId = item.id || (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const conditionalId = `conditional-${itemId}`;
          const isChecked = isItemChecked(item);
          const itemHintId = hasContent(item.hint) ? `${itemId}-item-hint` : undefined;
          const hasConditional = hasContent(item.conditional);
          return (
            <Fragment key={index}>
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  defaultChecked={isChecked}
                  disabled={item.disabled}
                  onChange={revealsContent ? () => setSelected(item.value) : undefined}
                  aria-describedby={itemHintId}
                />
                <label className={cx("govuk-label govuk-radios__label", item.labelClassName)} htmlFor={itemId}>
                  {item.text}
                </label>
                {itemHintId ? (
                  <Hint id={itemHintId} className="govuk-radios__hint">
                    {item.hint}
                  </Hint>
                ) : null}
              </div>
              {hasConditional ? (
                <div
                  className={cx(
                    "govuk-radios__conditional",
                    selected !== item.value && "govuk-radios__conditional--hidden",
                  )}
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
      {hasContent(legend) ? (
        <Fieldset
          legend={legend}
          legendClassName={legendClassName}
          isPageHeading={isPageHeading}
          describedBy={joinIds(describedBy, hintId, errorId)}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </div>
  );
}
