import type { FormHTMLAttributes, ReactNode } from "react";
import { CsrfInput } from "./CsrfInput";

/**
 * A plain HTML POST form with the CSRF token. No JavaScript needed: the browser posts,
 * the action validates and redirects (Post/Redirect/Get).
 */
export function PostForm({ children, ...rest }: { children: ReactNode } & FormHTMLAttributes<HTMLFormElement>) {
  return (
    <form method="post" noValidate {...rest}>
      <CsrfInput />
      {children}
    </form>
  );
}
