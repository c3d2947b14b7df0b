import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import { BackLink, Button, ErrorSummary, Pagination, SummaryList, Table, errorSummaryItems } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { formatDate, formatDateTime, formatPence } from "~/lib/format";
import { govukMeta, useFormState } from "~/lib/page";
import { ClaimStatusTag } from "../status-tag";
import { ClaimsNavigation } from "../support-claims/claims-navigation";
import { ACTIVITY_PATH } from "./paths";
import type { activityDetailLoader, activityLoader } from "./payments.server";

export const activityMeta = govukMeta("Activity log");
export const activityDetailMeta = govukMeta<{ activity: { title: string } }>((d) => d?.activity.title ?? "Activity");

/** Every step support took on claims, newest first. */
export function ActivityPage() {
  const data = useLoaderData<typeof activityLoader>();
  const totalPages = Math.max(1, Math.ceil(data.total / data.perPage));
  return (
    <>
      <h1 className="govuk-heading-l">Claims</h1>
      <ClaimsNavigation />
      <h2 className="govuk-heading-m">Activity log</h2>
      {data.activities.length === 0 ? (
        <p className="govuk-body">There is no activity yet.</p>
      ) : (
        <Table
          head={["Date", "Activity", "By"]}
          rows={data.activities.map((a) => [
            formatDateTime(a.createdAt),
            <a key="a" className="govuk-link" href={`${ACTIVITY_PATH}/${a.id}`}>
              {a.title}
            </a>,
            a.by,
          ])}
        />
      )}
      <Pagination currentPage={data.page} totalPages={totalPages} hrefForPage={(n) => `${ACTIVITY_PATH}?page=${n}`} />
    </>
  );
}

/** One activity: who, when, its CSV, the download links it sent and the claims it touched (by provider). */
export function ActivityDetailPage() {
  const { activity } = useLoaderData<typeof activityDetailLoader>();
  const { errors } = useFormState();
  const byProvider = new Map<string, typeof activity.claims>();
  for (const claim of activity.claims) {
    const key = claim.provider?.name ?? "No accredited provider";
    byProvider.set(key, [...(byProvider.get(key) ?? []), claim]);
  }
  return (
    <>
      <BackLink href={ACTIVITY_PATH} />
      <FlashBanner />
      <ErrorSummary errors={errorSummaryItems(errors)} />
      <h1 className="govuk-heading-l">{activity.title}</h1>
      <SummaryList
        rows={[
          { key: "By", value: activity.by },
          { key: "Date", value: formatDateTime(activity.createdAt) },
          ...(activity.hasCsv
            ? [
                {
                  key: "File",
                  value: (
                    <a className="govuk-link" href={`${ACTIVITY_PATH}/${activity.id}/download`}>
                      Download CSV
                    </a>
                  ),
                },
              ]
            : []),
        ]}
      />
      {activity.links.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Download links sent</h2>
          <Table
            head={["E-mail address", "Sent", "Downloaded"]}
            rows={activity.links.map((l) => [
              l.emailAddress,
              formatDateTime(l.createdAt),
              l.downloadedAt ? formatDateTime(l.downloadedAt) : "Not downloaded",
            ])}
          />
        </>
      ) : null}
      {activity.action === "payment_request_delivered" || activity.action === "clawback_request_delivered" ? (
        <PostForm action={`${ACTIVITY_PATH}/${activity.id}/resend`}>
          <Button variant="secondary" type="submit" preventDoubleClick>
            Resend payer e-mail
          </Button>
        </PostForm>
      ) : null}
      {[...byProvider.entries()].map(([provider, claims]) => (
        <Table
          key={provider}
          caption={provider}
          captionClassName="govuk-table__caption--m"
          head={["Claim", "School", "Amount", "Status"]}
          rows={claims.map((c) => [
            <a key="r" className="govuk-link" href={`/claims/support/claims/${c.id}`}>
              {c.reference}
            </a>,
            c.school.name,
            c.amountPence === null ? "" : formatPence(c.amountPence),
            <ClaimStatusTag key="s" status={c.status} />,
          ])}
        />
      ))}
      <p className="govuk-body-s">Recorded {formatDate(activity.createdAt)}.</p>
    </>
  );
}
