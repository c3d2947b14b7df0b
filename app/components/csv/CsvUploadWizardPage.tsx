import type { ReactNode } from "react";
import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  FileUpload,
  FormActions,
  Table,
  errorSummaryItems,
  type TableCell,
} from "~/components/govuk";
import { govukMeta, useFormState } from "~/lib/page";
import { CsvRowErrors, type CsvRowErrorView } from "./CsvRowErrors";

/** What `csvUploadJourney(...).stepLoader` returns (~/lib/csv-upload.server). */
export type CsvUploadStepData<L> = {
  step: "upload" | "confirmation" | "upload-errors";
  fileName: string;
  lines: L[];
  rowErrors: CsvRowErrorView[];
  backHref: string;
  uploadHref: string;
  cancelHref: string;
};

export interface CsvUploadWizardText {
  /** The journey's name, also the upload step's heading: "Upload payer response". */
  title: string;
  /** The confirmation step's heading: "Are you sure you want to upload the payer response?" */
  confirmTitle: string;
  /** The confirmation button: "Upload payer response". */
  confirmButton: string;
}

/** The page title of each step: "Upload payer response", "Check the file – …", errors prefixed with "Error:". */
export function csvUploadMeta(text: CsvUploadWizardText) {
  return govukMeta<{ step?: string }>(
    (d) =>
      d?.step === "confirmation"
        ? text.confirmTitle
        : d?.step === "upload-errors"
          ? `The selected file has errors – ${text.title}`
          : text.title,
    { hasError: (d) => d?.step === "upload-errors" },
  );
}

/**
 * The three pages of an upload journey: the GOV.UK file upload (with its error summary), the confirmation (the
 * parsed rows in a table, then a button that applies them) and the row errors (nothing applied; upload again).
 */
export function CsvUploadWizardPage<L>({
  text,
  hint,
  table,
  children,
}: {
  text: CsvUploadWizardText;
  /** Under the file field: the columns the file needs. */
  hint: ReactNode;
  /** The confirmation table's columns and one row per checked line. */
  table: { head: TableCell[]; row: (line: L) => TableCell[] };
  /** Extra content on the confirmation page, above the button (e.g. what will happen). */
  children?: ReactNode;
}) {
  const data = useLoaderData() as unknown as CsvUploadStepData<L>;
  const { errors } = useFormState();
  return (
    <>
      <BackLink href={data.backHref} />
      <div className="govuk-grid-row">
        <div className={data.step === "upload" ? "govuk-grid-column-two-thirds" : "govuk-grid-column-full"}>
          {data.step === "upload" ? (
            <>
              <ErrorSummary errors={errorSummaryItems(errors, ["csvUpload"])} />
              <PostForm encType="multipart/form-data">
                <FileUpload
                  name="csvUpload"
                  label={text.title}
                  isPageHeading
                  hint={hint}
                  error={errors.csvUpload}
                  accept=".csv,text/csv"
                />
                <FormActions cancelHref={data.cancelHref} preventDoubleClick>
                  Upload CSV file
                </FormActions>
              </PostForm>
            </>
          ) : data.step === "upload-errors" ? (
            <>
              <CsvRowErrors fileName={data.fileName} errors={data.rowErrors} />
              <span className="govuk-caption-l">{text.title}</span>
              <h1 className="govuk-heading-l">The selected file has errors</h1>
              <p className="govuk-body">
                Nothing has been changed. Fix the rows listed below in {data.fileName} and upload the file again.
              </p>
              <ButtonGroup>
                <Button href={data.uploadHref}>Upload a new file</Button>
                <a className="govuk-link" href={data.cancelHref}>
                  Cancel
                </a>
              </ButtonGroup>
            </>
          ) : (
            <>
              <ErrorSummary
                errors={Object.values(errors)
                  .filter(Boolean)
                  .map((message) => ({ text: message, href: "#csv-confirmation" }))}
              />
              <span className="govuk-caption-l">{text.title}</span>
              <h1 className="govuk-heading-l">{text.confirmTitle}</h1>
              <div id="csv-confirmation" tabIndex={-1}>
                <Table
                  caption={`${data.fileName} (${data.lines.length} ${data.lines.length === 1 ? "row" : "rows"})`}
                  captionClassName="govuk-table__caption--m"
                  head={table.head}
                  rows={data.lines.map((line) => table.row(line))}
                />
              </div>
              {children}
              <PostForm>
                <FormActions cancelHref={data.cancelHref} preventDoubleClick>
                  {text.confirmButton}
                </FormActions>
              </PostForm>
            </>
          )}
        </div>
      </div>
    </>
  );
}
