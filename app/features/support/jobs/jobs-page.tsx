import { useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, Table, Tag } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta, useFormState } from "~/lib/page";
import { jobsAction, jobsLoader } from "./jobs.server";

export const meta = govukMeta("Background jobs");
export const loader = jobsLoader;
export const action = jobsAction;

const STATUS = {
  succeeded: { text: "Succeeded", colour: "green" },
  failed: { text: "Failed", colour: "red" },
  running: { text: "Running", colour: "blue" },
} as const;

const whenFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/London",
});
const when = (iso: string) => whenFormat.format(new Date(iso));

export default function JobsPage() {
  const { jobs } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FlashBanner />
        {errors.name ? (
          <ErrorSummary errors={[{ text: errors.name, href: `#run-${jobs.find((j) => j.manual)?.name ?? ""}` }]} />
        ) : null}
        <h1 className="govuk-heading-l">Background jobs</h1>
        <p className="govuk-body">Scheduled work and imports, with their most recent runs (times are UK time).</p>
        {jobs.map((job) => (
          <section key={job.name} className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m">{job.title}</h2>
            <p className="govuk-body">Schedule: {job.schedule}</p>
            {job.runs.length ? (
              <Table
                caption={`Recent runs: ${job.title}`}
                captionClassName="govuk-visually-hidden"
                head={["Started", "Trigger", "Status", "Details"]}
                rows={job.runs.map((run) => {
                  const status = STATUS[run.status as keyof typeof STATUS] ?? {
                    text: run.status,
                    colour: "grey" as const,
                  };
                  return [
                    when(run.startedAt),
                    run.trigger === "manual" ? "Run now" : "Schedule",
                    <Tag key="s" colour={status.colour}>
                      {status.text}
                    </Tag>,
                    run.detail ?? "",
                  ];
                })}
              />
            ) : (
              <p className="govuk-body">Not run yet.</p>
            )}
            {job.manual ? (
              <PostForm>
                <input type="hidden" name="name" value={job.name} />
                <Button id={`run-${job.name}`} variant="secondary">
                  Run now<span className="govuk-visually-hidden"> {job.title}</span>
                </Button>
              </PostForm>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}
