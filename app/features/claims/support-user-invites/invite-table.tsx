import type { TableCell } from "~/components/govuk";

/** One checked row of an invite upload, as the confirmation table shows it. */
export type InviteLine = {
  row: number;
  organisationName: string;
  organisationRef: string;
  email: string;
  firstName: string;
  lastName: string;
  outcome: "new_user" | "new_membership" | "already_member";
};

const OUTCOME: Record<InviteLine["outcome"], string> = {
  new_user: "New user, will be invited",
  new_membership: "Existing user, will be invited",
  already_member: "Already a user, no change",
};

export function inviteTable(organisation: string, reference: string) {
  return {
    head: [
      { text: "Row", format: "numeric" },
      "Name",
      "Email address",
      organisation,
      reference,
      "What happens",
    ] as TableCell[],
    row: (l: InviteLine): TableCell[] => [
      { text: String(l.row), format: "numeric" },
      `${l.firstName} ${l.lastName}`,
      l.email,
      l.organisationName,
      l.organisationRef,
      OUTCOME[l.outcome],
    ],
  };
}

export function InviteConfirmationText({ organisation }: { organisation: "school" | "provider" }) {
  return (
    <p className="govuk-body">
      Each person will be added to the {organisation} and e-mailed an invitation to sign in. People who are already
      users of the {organisation} are left as they are and not e-mailed again.
    </p>
  );
}
