import type { InputHTMLAttributes, ReactElement, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { Hint } from "./Hint";
import { Label } from "./Label";
import { cx, hasContent, joinIds } from "./utils";

export interface FileUploadProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "name" | "type" | "className" | "aria-describedby"
> {
  name: string;
  id?: string;
  label: ReactNode;
  labelClassName?: string;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
}

/** GOV.UK file upload (the plain input: works without JavaScript). */
export function FileUpload({
  name,
  id: idProp,
  label,
  labelClassName,
  isPageHeading,
  hint,
  error,
  ...inputProps
}: FileUploadProps): ReactElement {
  const id = idProp || name;
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(error) ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", errorId && "govuk-form-group--error")}>
      <Label
        htmlFor={id}
        className={labelClassName ?? (isPageHeading ? "govuk-label--l" : undefined)}
        isPageHeading={isPageHeading}
      >
        {label}
      </Label>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        {...inputProps}
        className={cx("govuk-file-upload", errorId && "govuk-file-upload--error")}
        id={id}
        name={name}
        type="file"
        aria-describedby={joinIds(hintId, errorId)}
      />
    </div>
  );
}
