import { ErrorSummary, Table } from "~/components/govuk";

export type CsvRowErrorView = { row: number; message: string };

/**
 * The problems found in an uploaded CSV file: a GOV.UK error summary ("Row 3: …", linking to the table) and a table
 * of every row error, so the user can fix the file and upload it again. Nothing in the file was applied.
 */
export function CsvRowErrors({ fileName, errors }: { fileName: string; errors: CsvRowErrorView[] }) {
  const shown = errors.slice(0, 10);
  return (
    <>
      <ErrorSummary
        description={`${fileName} has ${errors.length} ${errors.length === 1 ? "error" : "errors"}. Nothing has been changed. Fix the file and upload it again.`}
        errors={[
          ...shown.map((e) => ({ text: `Row ${e.row}: ${e.message}`, href: "#csv-row-errors" })),
          ...(errors.length > shown.length
            ? [{ text: `And ${errors.length - shown.length} more`, href: "#csv-row-errors" }]
            : []),
        ]}
      />
      <div id="csv-row-errors" tabIndex={-1}>
        <Table
          caption={`Errors in ${fileName}`}
          captionClassName="govuk-table__caption--m"
          head={[{ text: "Row", format: "numeric" }, "Error"]}
          rows={errors.map((e) => [{ text: String(e.row), format: "numeric" }, e.message])}
        />
      </div>
    </>
  );
}
