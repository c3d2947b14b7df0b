import { useLoaderData } from "@remix-run/react";
import { BackLink, FormActions, ErrorSummary } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { removeUserAction, userLoader } from "./users.server";

type Data = { labels: { noun: string } };
export const meta = govukMeta<Data>((data) => `Are you sure you want to remove this ${data?.labels.noun ?? "user"}?`);
export const loader = userLoader;
export const action = removeUserAction;

export default function RemoveUserPage() {
  const { user, basePath, labels } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const messages = Object.values(errors).filter(Boolean);
  return (
    <>
      <BackLink href={`${basePath}/${user.id}`} />
      {messages.length ? <ErrorSummary errors={messages.map((text) => ({ text }))} /> : null}
      <span className="govuk-caption-l">
        {user.firstName} {user.lastName}
      </span>
      <h1 className="govuk-heading-l">Are you sure you want to remove this {labels.noun}?</h1>
      <p className="govuk-body">We will send an email to {user.email} to tell them they have been removed.</p>
      <PostForm>
        <FormActions cancelHref={basePath} variant="warning">
          Remove {labels.noun}
        </FormActions>
      </PostForm>
    </>
  );
}
