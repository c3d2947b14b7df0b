import { SubNavigation } from "~/components/layout/SubNavigation";

/** A provider's partner school: its details and its placements. */
export function PartnerSchoolTabs({
  partnerPath,
  current,
}: {
  partnerPath: string;
  current: "details" | "placements";
}) {
  return (
    <SubNavigation
      label="Partner school"
      items={[
        { text: "School details", href: partnerPath, current: current === "details" },
        { text: "Placements", href: `${partnerPath}/placements`, current: current === "placements" },
      ]}
    />
  );
}
