import { useLoaderData } from "@remix-run/react";
import {
  BackLink,
  Details,
  ErrorSummary,
  FormActions,
  Radios,
  errorSummaryItems,
  fieldError,
} from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { selectProviderAction, selectProviderLoader } from "./placement-provider.server";

type Data = { title: string };
export const meta = govukMeta<Data>((data) => `Select a provider – ${data?.title ?? "Placement"}`);
export const loader = selectProviderLoader;
export const action = selectProviderAction;

/** Assign one of the school's partner providers to the placement, or leave it "Not yet known". */
export default function SelectProviderPage() {
  const { title, providers, placementPath, addProviderHref } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const notListed = (
    <Details summary="My provider is not listed">
      <p className="govuk-body">
        You must{" "}
        <a className="govuk-link govuk-link--no-visited-state" href={addProviderHref}>
          add providers to your school’s profile
        </a>{" "}
        before they can be assigned to a specific placement.
      </p>
    </Details>
  );
  return (
    <>
      <BackLink href={placementPath} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["providerId"])} />
          <PostForm>
            <Radios
              name="providerId"
              legend={
                <>
                  <span className="govuk-caption-l">{title}</span>
                  <h1 className="govuk-fieldset__heading">Select a provider</h1>
                </>
              }
              legendClassName="govuk-fieldset__legend--l"
              hint="Ensure you have agreed with the provider that their trainee will undertake this placement at your school"
              value={(values.providerId as string | undefined) ?? "not_known"}
              error={fieldError(errors, "providerId")}
              items={[
                ...providers.map((p) => ({ value: p.id, text: p.name })),
                ...(providers.length ? [{ divider: "or" }] : []),
                { value: "not_known", text: "Not yet known" },
              ]}
            />
            <FormActions cancelHref={placementPath}>Continue</FormActions>
          </PostForm>
          {notListed}
        </div>
      </div>
    </>
  );
}
