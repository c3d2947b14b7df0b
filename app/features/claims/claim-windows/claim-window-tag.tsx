import { Tag } from "~/components/govuk";

const TAGS = {
  current: { text: "Current", colour: "green" },
  upcoming: { text: "Upcoming", colour: "light-blue" },
  past: { text: "Past", colour: "grey" },
} as const;

export function ClaimWindowTag({ status }: { status: keyof typeof TAGS }) {
  return <Tag colour={TAGS[status].colour}>{TAGS[status].text}</Tag>;
}
