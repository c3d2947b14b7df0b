import type { ButtonHTMLAttributes, ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export type ButtonVariant = "primary" | "secondary" | "warning" | "inverse" | "start";

type NativeButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "className" | "children">;

export interface ButtonProps extends NativeButtonProps {
  children: ReactNode;
  /** "start" adds govuk-button--start and the arrow icon (usually with href). */
  variant?: ButtonVariant;
  /** Render as a link styled as a button (<a role="button" draggable="false">). */
  href?: string;
  /** Sets data-prevent-double-click (buttons only). */
  preventDoubleClick?: boolean;
  className?: string;
}

function StartIcon(): ReactElement {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

export function Button({
  children,
  variant = "primary",
  href,
  preventDoubleClick,
  className,
  type = "submit",
  disabled,
  ...buttonProps
}: ButtonProps): ReactElement {
  const isStart = variant === "start";
  const classNames = cx(
    "govuk-button",
    variant === "secondary" && "govuk-button--secondary",
    variant === "warning" && "govuk-button--warning",
    variant === "inverse" && "govuk-button--inverse",
    className,
    isStart && "govuk-button--start",
  );
  // Start buttons use flexbox; wrap non-text content in a span (as govuk-frontend does for html).
  const content = isStart && typeof children !== "string" ? <span>{children}</span> : children;

  if (href) {
    return (
      <a
        href={href}
        role="button"
        draggable={false}
        className={classNames}
        data-module="govuk-button"
        id={buttonProps.id}
      >
        {content}
        {isStart ? <StartIcon /> : null}
      </a>
    );
  }

  return (
    <button
      {...buttonProps}
      type={type}
      disabled={disabled}
      aria-disabled={disabled ? "true" : undefined}
      data-prevent-double-click={preventDoubleClick === undefined ? undefined : String(preventDoubleClick)}
      className={classNames}
      data-module="govuk-button"
    >
      {content}
      {isStart ? <StartIcon /> : null}
    </button>
  );
}

export interface ButtonGroupProps {
  children: ReactNode;
  className?: string;
}

/** `<div class="govuk-button-group">` for a button with secondary actions/links. */
export function ButtonGroup({ children, className }: ButtonGroupProps): ReactElement {
  return <div className={cx("govuk-button-group", className)}>{children}</div>;
}

export interface FormActionsProps {
  /** The submit button's text. */
  children: ReactNode;
  /** Where "Cancel" goes (the page the journey started from); no link when absent. */
  cancelHref?: string;
  variant?: ButtonProps["variant"];
  preventDoubleClick?: boolean;
}

/** "Cancel" on its own line, below a form or on a page that offers no action. */
export function CancelLink({ href }: { href: string }): ReactElement {
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={href}>
        Cancel
      </a>
    </p>
  );
}

/** A form's submit button with the "Cancel" link beside it, as GOV.UK question and confirmation pages have. */
export function FormActions({ children, cancelHref, variant, preventDoubleClick }: FormActionsProps): ReactElement {
  return (
    <ButtonGroup>
      <Button variant={variant} preventDoubleClick={preventDoubleClick}>
        {children}
      </Button>
      {cancelHref ? (
        <a className="govuk-link" href={cancelHref}>
          Cancel
        </a>
      ) : null}
    </ButtonGroup>
  );
}
