import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import { BackLink, ErrorSummary, FormActions, Radios, TextInput, errorSummaryItems } from "~/components/govuk";
import { govukMeta, useFormState } from "~/lib/page";
import { SUPPORT_CLAIMS_PATH } from "./paths";
import { supportDetailsAction, supportDetailsLoader } from "./support-claims.server";

export const loader = supportDetailsLoader;
export const action = supportDetailsAction;
export const supportUserMeta = govukMeta("Assign a support user");
export const zendeskMeta = govukMeta("Zendesk ticket URL");

/** Assign a support user to a claim. */
export function SupportUserPage() {
  const { claim, supportUsers } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const back = `${SUPPORT_CLAIMS_PATH}/${claim.id}`;
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["supportUserId"])} />
          <PostForm>
            <input type="hidden" name="field" value="supportUserId" />
            <input type="hidden" name="version" value={claim.version} />
            <span className="govuk-caption-l">Claim - {claim.reference}</span>
            <Radios
              name="supportUserId"
              legend="Assign a support user"
              isPageHeading
              legendClassName="govuk-fieldset__legend--l"
              items={supportUsers.map((u) => ({ value: u.id, text: u.name }))}
              value={values.supportUserId ?? claim.supportUser?.id ?? null}
              error={errors.supportUserId ?? errors.form}
            />
            <FormActions cancelHref={back}>Continue</FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}

/** Add or change the claim's Zendesk ticket URL (https only). */
export function ZendeskPage() {
  const { claim } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const back = `${SUPPORT_CLAIMS_PATH}/${claim.id}`;
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["zendeskUrl"])} />
          <PostForm>
            <input type="hidden" name="field" value="zendeskUrl" />
            <input type="hidden" name="version" value={claim.version} />
            <span className="govuk-caption-l">Claim - {claim.reference}</span>
            <TextInput
              name="zendeskUrl"
              label="Zendesk ticket URL"
              isPageHeading
              hint="For example, https://becomingateacher.zendesk.com/agent/tickets/123"
              type="url"
              spellCheck={false}
              autoComplete="off"
              defaultValue={values.zendeskUrl ?? claim.zendeskUrl ?? ""}
              error={errors.zendeskUrl ?? errors.form}
            />
            <FormActions cancelHref={back}>Continue</FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
