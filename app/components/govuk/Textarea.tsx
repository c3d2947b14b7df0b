import type { ReactElement, ReactNode, TextareaHTMLAttributes } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { Hint } from "./Hint";
import { Label } from "./Label";
import { cx, hasContent, joinIds } from "./utils";

type NativeTextareaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "name" | "className" | "children" | "aria-describedby"
>;

export interface TextareaProps extends NativeTextareaProps {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  label?: ReactNode;
  labelClassName?: string;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Default 5. */
  rows?: number;
  /** Classes for the <textarea>. */
  className?: string;
  formGroupClassName?: string;
  describedBy?: string;
}

export function Textarea({
  name,
  id: idProp,
  label,
  labelClassName,
  isPageHeading,
  hint,
  error,
  rows = 5,
  className,
  formGroupClassName,
  describedBy,
  ...textareaProps
}: TextareaProps): ReactElement {
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
      <textarea
        {...textareaProps}
        className={cx("govuk-textarea", errorId && "govuk-textarea--error", className)}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={joinIds(describedBy, hintId, errorId)}
      />
    </div>
  );
}
