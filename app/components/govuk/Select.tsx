import type { ReactElement, ReactNode, SelectHTMLAttributes } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { Hint } from "./Hint";
import { Label } from "./Label";
import { cx, hasContent, joinIds } from "./utils";

export interface SelectItem {
  value: string;
  text: string;
  disabled?: boolean;
}

type NativeSelectProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "id" | "name" | "className" | "children" | "aria-describedby"
>;

export interface SelectProps extends NativeSelectProps {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  items: Array<SelectItem | null | undefined | false>;
  label?: ReactNode;
  labelClassName?: string;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Classes for the <select>. */
  className?: string;
  formGroupClassName?: string;
  describedBy?: string;
}

/** Select the initial option with `defaultValue` (React marks the matching option `selected`). */
export function Select({
  name,
  id: idProp,
  items,
  label,
  labelClassName,
  isPageHeading,
  hint,
  error,
  className,
  formGroupClassName,
  describedBy,
  ...selectProps
}: SelectProps): ReactElement {
  const id = idProp || name;
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(error) ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", errorId && "govuk-form-group--error", formGroupClassName)}>
      <Label
        htmlFor={id}
        className={labelClassName ?? (isPageHeading ? "govuk-label--l" : undefined)}
        isPageHeading={isPageHeading}
      >
        {label}
      </Label>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <select
        {...selectProps}
        className={cx("govuk-select", className, errorId && "govuk-select--error")}
        id={id}
        name={name}
        aria-describedby={joinIds(describedBy, hintId, errorId)}
      >
        {items
          .filter((item): item is SelectItem => Boolean(item))
          .map((item, index) => (
            <option key={`${item.value}-${index}`} value={item.value} disabled={item.disabled}>
              {item.text}
            </option>
          ))}
      </select>
    </div>
  );
}
