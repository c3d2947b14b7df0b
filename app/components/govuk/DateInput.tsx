import type { ReactElement, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { Fieldset } from "./Fieldset";
import { Hint } from "./Hint";
import { TextInput } from "./TextInput";
import { cx, hasContent, joinIds } from "./utils";

export type DatePart = "day" | "month" | "year";

export interface DateInputValues {
  day?: string;
  month?: string;
  year?: string;
}

export interface DateInputProps {
  /**
   * Name prefix. Inputs are named `${name}-day`, `${name}-month`,
   * `${name}-year` (govuk-frontend's `namePrefix` convention), so a form
   * posts e.g. `startDate-day=1&startDate-month=9&startDate-year=2025`.
   */
  name: string;
  /** Defaults to `name`. Input ids are `${id}-day`, `${id}-month`, `${id}-year`. */
  id?: string;
  /** Which parts to show, in order. Default ["day", "month", "year"]. */
  parts?: DatePart[];
  /** Initial values (rendered as defaultValue). */
  values?: DateInputValues;
  /** When set, the inputs are wrapped in a fieldset (role="group") with this legend. */
  legend?: ReactNode;
  legendClassName?: string;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /**
   * Parts to highlight with govuk-input--error. When `error` is set and this is
   * empty/omitted, all parts are highlighted (as govuk-frontend does).
   */
  errorParts?: DatePart[];
  /** e.g. "bday" → autocomplete="bday-day" / "bday-month" / "bday-year". */
  autoCompletePrefix?: string;
  /** Extra classes on div.govuk-date-input. */
  className?: string;
  formGroupClassName?: string;
  describedBy?: string;
}

const PART_LABELS: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };

/**
 * The id the error summary should link to for a date field: the first
 * highlighted part, else the first part (`${id}-day` by default).
 */
export function dateInputErrorTarget(
  id: string,
  errorParts?: readonly DatePart[],
  parts: readonly DatePart[] = ["day", "month", "year"],
): string {
  const first = parts.find((part) => errorParts?.includes(part)) ?? parts[0] ?? "day";
  return `${id}-${first}`;
}

export function DateInput({
  name,
  id: idProp,
  parts = ["day", "month", "year"],
  values,
  legend,
  legendClassName,
  isPageHeading,
  hint,
  error,
  errorParts,
  autoCompletePrefix,
  className,
  formGroupClassName,
  describedBy,
}: DateInputProps): ReactElement {
  const id = idProp || name;
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(error) ? `${id}-error` : undefined;
  const anyPartHasError = Boolean(errorParts && errorParts.length > 0);

  const inner = (
    <>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div className={cx("govuk-date-input", className)} id={id}>
        {parts.map((part) => {
          const partHasError = anyPartHasError ? Boolean(errorParts?.includes(part)) : Boolean(errorId);
          return (
            <div key={part} className="govuk-date-input__item">
              <TextInput
                label={PART_LABELS[part]}
                labelClassName="govuk-date-input__label"
                id={`${id}-${part}`}
                name={`${name}-${part}`}
                className={cx(
                  "govuk-date-input__input",
                  partHasError && "govuk-input--error",
                  part === "year" ? "govuk-input--width-4" : "govuk-input--width-2",
                )}
                type="text"
                inputMode="numeric"
                autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part}` : undefined}
                defaultValue={values?.[part]}
              />
            </div>
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
          role="group"
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </div>
  );
}
