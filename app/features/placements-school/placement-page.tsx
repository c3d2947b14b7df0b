import { useLoaderData } from "@remix-run/react";
import { BackLink, Button, ButtonGroup, ErrorSummary, Tag, errorSummaryItems } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { PlacementSummaryList } from "~/features/placements/placement-summary-list";
import { govukMeta, useFormState } from "~/lib/page";
import { schoolPlacementLoader } from "./placement.server";

type Data = { placement: { title: string } };
export const meta = govukMeta<Data>((data) => data?.placement.title ?? "Placement");
export const loader = schoolPlacementLoader;

export default function SchoolPlacementPage() {
  const { placement, basePath, listPath } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const change = (path: string, text: string, hidden: string) => ({
    href: `${basePath}/edit/${path}`,
    text,
    visuallyHiddenText: hidden,
  });
  return (
    <>
      <BackLink href={listPath} />
      <FlashBanner />
      <ErrorSummary errors={errorSummaryItems(errors, ["form"])} />
      <span className="govuk-caption-l">Placement</span>
      <h1 className="govuk-heading-l">{placement.title}</h1>
      <p className="govuk-body">
        <Tag colour={placement.statusTag.colour}>{placement.statusTag.text}</Tag>
      </p>
      <PlacementSummaryList
        placement={placement}
        change={{
          yearGroup: placement.phase === "primary" ? change("year-group", "Change", "year group") : undefined,
          keyStage: placement.phase === "send" ? change("key-stage", "Change", "key stage") : undefined,
          terms: change("terms", "Change", "expected date"),
          mentors: change("mentors", placement.mentors.length ? "Change" : "Add a mentor", "mentor"),
          provider: placement.provider
            ? { href: `${basePath}/remove-provider`, text: "Remove", visuallyHiddenText: "provider" }
            : undefined,
        }}
        providerValue={
          placement.status === "published" ? (
            <a className="govuk-link govuk-link--no-visited-state" href={`${basePath}/provider`}>
              Assign a provider
            </a>
          ) : undefined
        }
      />
      <ButtonGroup>
        <Button href={`${basePath}/preview`} variant="secondary">
          Preview placement
        </Button>
      </ButtonGroup>
      {placement.status === "draft" ? (
        <PostForm action={`${basePath}/publish`}>
          <p className="govuk-body">Providers cannot see this placement until you publish it.</p>
          <Button preventDoubleClick>Publish placement</Button>
        </PostForm>
      ) : null}
      <p className="govuk-body">
        <a className="govuk-link" href={`${basePath}/remove`}>
          Delete placement
        </a>
      </p>
    </>
  );
}
