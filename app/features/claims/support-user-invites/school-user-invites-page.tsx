import { CsvUploadWizardPage, csvUploadMeta } from "~/components/csv/CsvUploadWizardPage";
import { InviteConfirmationText, inviteTable, type InviteLine } from "./invite-table";

export { schoolUserInvitesStepLoader as loader, schoolUserInvitesStepAction as action } from "./user-invites.server";

const TEXT = {
  title: "Invite school users",
  confirmTitle: "Are you sure you want to invite these school users?",
  confirmButton: "Invite school users",
};
export const meta = csvUploadMeta(TEXT);

/** "Invite school users": a CSV of people and the URNs of the claims schools they join. */
export default function SchoolUserInvitesPage() {
  return (
    <CsvUploadWizardPage<InviteLine>
      text={TEXT}
      hint="The file must be a CSV with the columns email, school_urn, first_name and last_name. Each school must take part in claims."
      table={inviteTable("School", "URN")}
    >
      <InviteConfirmationText organisation="school" />
    </CsvUploadWizardPage>
  );
}
