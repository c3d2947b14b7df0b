import { Tag, type TagColour } from "~/components/govuk";

/**
 * What a provider sees of a claim's status (reference ProviderStatusTagComponent): the claim is "Amended" once the
 * provider has not assured some of it, and "Approved" when paid.
 */
const PROVIDER_STATUS: Record<string, { text: string; colour: TagColour }> = {
  sampling_in_progress: { text: "Audit requested", colour: "yellow" },
  sampling_provider_not_approved: { text: "Amended", colour: "teal" },
  paid: { text: "Approved", colour: "blue" },
};

export function providerClaimStatusLabel(status: string) {
  return PROVIDER_STATUS[status]?.text ?? status;
}

export function ProviderClaimStatusTag({ status }: { status: string }) {
  const s = PROVIDER_STATUS[status] ?? { text: status, colour: "grey" as const };
  return <Tag colour={s.colour}>{s.text}</Tag>;
}
