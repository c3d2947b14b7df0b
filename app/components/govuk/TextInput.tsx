import type { InputHTMLAttributes, ReactElement, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { Hint } from "./Hint";
import { Label } from "./Label";
import { cx, hasContent, joinIds } from "./utils";

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "name" | "className" | "prefix" | "type" | "children" | "aria-describedby"
>;

export interface TextInputProps extends NativeInputProps {
  name: string;
  /** Defaults to `name`, so an error summary href `#name` targets the input. */
  id?: string;
  label?: ReactNode;
  /** e.g. "govuk-label--m". Defaults to "govuk-label--l" when isPageHeading. */
  labelClassName?: string;
  /** Wrap the label in <h1 class="govuk-label-wrapper">. */
  isPageHeading?: boolean;
  hint?: ReactNode;
  /** Error message; when set adds the error classes and describes the input. */
  error?: ReactNode;
  /** Default "text". */
  type?: string;
  /** Classes for the <input>, e.g. "govuk-input--width-10". */
  className?: string;
  formGroupClassName?: string;
  prefix?: ReactNode;
  suffix?: ReactNode;
  /** Extra ids to add to aria-describedby (before hint/error ids). */
  describedBy?: string;
}

export function TextInput({
  name,
  id: idProp,
  label,
  labelClassName,
  isPageHeading,
  hint,
  error,
  type = "text",
  className,
  formGroupClassName,
  prefix,
  suffix,
  describedBy,
  ...inputProps
}: TextInputProps): ReactElement {
  const id = idProp || name;
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(error) ? `${id}-error` : undefined;

  const input = (
    <input
      {...inputProps}
      className={cx("govuk-input", className, errorId && "govuk-input--error")}
      id={id}
      name={name}
      type={type}
      aria-describedby={joinIds(describedBy, hintId, errorId)}
    />
  );

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
      {hasContent(prefix) || hasContent(suffix) ? (
        <div className="govuk-input__wrapper">
          {hasContent(prefix) ? (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          ) : null}
          {input}
          {hasContent(suffix) ? (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          ) : null}
        </div>
      ) : (
        input
      )}
    </div>
  );
}
