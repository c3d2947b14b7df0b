import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

/**
 * v6 tag colours. Blue is the default tag colour in v6 (there is no
 * `govuk-tag--blue` / `govuk-tag--light-blue` class any more), so "blue" and
 * "light-blue" render the default tag. "turquoise"/"pink" are deprecated
 * aliases of "teal"/"magenta" but still styled.
 */
export type TagColour =
  | "grey"
  | "green"
  | "turquoise"
  | "teal"
  | "blue"
  | "light-blue"
  | "purple"
  | "pink"
  | "magenta"
  | "red"
  | "orange"
  | "yellow";

export interface TagProps {
  colour?: TagColour;
  children: ReactNode;
  className?: string;
}

export function tagColourClass(colour: TagColour | undefined): string | undefined {
  if (!colour || colour === "blue" || colour === "light-blue") return undefined;
  return `govuk-tag--${colour}`;
}

export function Tag({ colour, children, className }: TagProps): ReactElement {
  return <strong className={cx("govuk-tag", tagColourClass(colour), className)}>{children}</strong>;
}
