/** Labels of the placement phases on the school's pages. */
export const PHASE_LABELS: Record<string, string> = {
  primary: "Primary",
  secondary: "Secondary",
  send: "Special educational needs and disabilities (SEND) specific",
};
