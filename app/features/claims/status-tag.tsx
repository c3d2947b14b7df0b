import { Tag, type TagColour } from "~/components/govuk";

/** Status labels and tag colours, as users of the service know them; turquoise is teal in GOV.UK Frontend v6. */
const STATUS: Record<string, { text: string; colour: TagColour }> = {
  internal_draft: { text: "Internal draft", colour: "grey" },
  draft: { text: "Draft", colour: "yellow" },
  submitted: { text: "Submitted", colour: "teal" },
  payment_in_progress: { text: "Payer payment review", colour: "yellow" },
  payment_information_requested: { text: "Payer needs information", colour: "teal" },
  payment_information_sent: { text: "Information sent to payer", colour: "yellow" },
  paid: { text: "Paid", colour: "blue" },
  payment_not_approved: { text: "Rejected by payer", colour: "orange" },
  sampling_in_progress: { text: "Audit requested", colour: "yellow" },
  sampling_provider_not_approved: { text: "Rejected by provider", colour: "teal" },
  sampling_not_approved: { text: "Rejected by school", colour: "teal" },
  clawback_requested: { text: "Ready for clawback", colour: "teal" },
  clawback_in_progress: { text: "Sent to payer for clawback", colour: "yellow" },
  clawback_complete: { text: "Clawback complete", colour: "blue" },
  invalid_provider: { text: "Invalid provider", colour: "red" },
  clawback_requires_approval: { text: "Clawback requires approval", colour: "orange" },
  clawback_rejected: { text: "Clawback rejected", colour: "red" },
};

export function claimStatusLabel(status: string) {
  return STATUS[status]?.text ?? status;
}

export function ClaimStatusTag({ status }: { status: string }) {
  const s = STATUS[status] ?? { text: status, colour: "grey" as const };
  return <Tag colour={s.colour}>{s.text}</Tag>;
}
