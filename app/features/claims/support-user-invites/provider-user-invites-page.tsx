import { CsvUploadWizardPage, csvUploadMeta } from "~/components/csv/CsvUploadWizardPage";
import { InviteConfirmationText, inviteTable, type InviteLine } from "./invite-table";

export {
  providerUserInvitesStepLoader as loader,
  providerUserInvitesStepAction as action,
} from "./user-invites.server";

const TEXT = {
  title: "Invite provider users",
  confirmTitle: "Are you sure you want to invite these provider users?",
  confirmButton: "Invite provider users",
};
export const meta = csvUploadMeta(TEXT);

/** "Invite provider users": a CSV of people and the codes of the providers they join. */
export default function ProviderUserInvitesPage() {
  return (
    <CsvUploadWizardPage<InviteLine>
      text={TEXT}
      hint="The file must be a CSV with the columns email, provider_code, first_name and last_name."
      table={inviteTable("Provider", "Provider code")}
    >
      <InviteConfirmationText organisation="provider" />
    </CsvUploadWizardPage>
  );
}
