import { useLocation } from "@remix-run/react";
import { SubNavigation } from "~/components/layout/SubNavigation";

/**
 * The Claims section's navigation in the support console. A section is listed when its journeys work
 * (Auditing and Clawbacks join with the sampling and clawback cycles).
 */
export const CLAIMS_SECTIONS = [
  { text: "All claims", href: "/claims/support/claims", exact: true },
  { text: "Payments", href: "/claims/support/claims/payments", exact: false },
  { text: "Auditing", href: "/claims/support/claims/sampling", exact: false },
  { text: "Clawbacks", href: "/claims/support/claims/clawbacks", exact: false },
  { text: "Activity log", href: "/claims/support/claims/activity", exact: false },
];

export function ClaimsNavigation() {
  const { pathname } = useLocation();
  return (
    <SubNavigation
      label="Claims"
      items={CLAIMS_SECTIONS.map((s) => ({
        text: s.text,
        href: s.href,
        current: s.exact ? pathname === s.href : pathname === s.href || pathname.startsWith(`${s.href}/`),
      }))}
    />
  );
}
