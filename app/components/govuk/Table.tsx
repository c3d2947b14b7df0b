import { isValidElement } from "react";
import type { ReactElement, ReactNode } from "react";
import { RenderedOnce } from "../rendered-once/RenderedOnce";
import { cx } from "./utils";

export interface TableCellOptions {
  text: ReactNode;
  /** "numeric" → govuk-table__cell--numeric / govuk-table__header--numeric. */
  format?: "numeric";
  className?: string;
  colSpan?: number;
  rowSpan?: number;
}

/** A cell is either plain content or `{ text, format, className, colSpan, rowSpan }`. */
export type TableCell = TableCellOptions | ReactNode;

export interface TableProps<Row = never> {
  caption?: ReactNode;
  /** e.g. "govuk-table__caption--m". */
  captionClassName?: string;
  head?: TableCell[];
  rows?: TableCell[][];
  /** Render the first cell of each row as <th scope="row">. */
  firstCellIsHeader?: boolean;
  className?: string;
  /**
   * Rows made from data, each rendered to HTML once per process for the same data and then reused (RenderedOnce):
   * `name` names the table, `cells` makes a row's cells from its item alone (no other values: the item is the key).
   * Follows `rows`.
   */
  cachedRows?: { name: string; items: readonly Row[]; cells: (item: Row) => TableCell[] };
}

function toCellOptions(cell: TableCell): TableCellOptions {
  if (
    cell !== null &&
    typeof cell === "object" &&
    !isValidElement(cell) &&
    !Array.isArray(cell) &&
    !(Symbol.iterator in cell) &&
    "text" in cell
  ) {
    return cell as TableCellOptions;
  }
  return { text: cell as ReactNode };
}

export function Table<Row = never>({
  caption,
  captionClassName,
  head,
  rows,
  firstCellIsHeader,
  className,
  cachedRows,
}: TableProps<Row>): ReactElement {
  const cellsOf = (row: TableCell[]) =>
    row.map((rowCell, cellIndex) => {
      const cell = toCellOptions(rowCell);
      if (cellIndex === 0 && firstCellIsHeader) {
        return (
          <th
            key={cellIndex}
            scope="row"
            className={cx("govuk-table__header", cell.className)}
            colSpan={cell.colSpan}
            rowSpan={cell.rowSpan}
          >
            {cell.text}
          </th>
        );
      }
      return (
        <td
          key={cellIndex}
          className={cx("govuk-table__cell", cell.format && `govuk-table__cell--${cell.format}`, cell.className)}
          colSpan={cell.colSpan}
          rowSpan={cell.rowSpan}
        >
          {cell.text}
        </td>
      );
    });
  return (
    <table className={cx("govuk-table", className)}>
      {caption ? <caption className={cx("govuk-table__caption", captionClassName)}>{caption}</caption> : null}
      {head && head.length > 0 ? (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((headCell, index) => {
              const cell = toCellOptions(headCell);
              return (
                <th
                  key={index}
                  scope="col"
                  className={cx(
                    "govuk-table__header",
                    cell.format && `govuk-table__header--${cell.format}`,
                    cell.className,
                  )}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                >
                  {cell.text}
                </th>
              );
            })}
          </tr>
        </thead>
      ) : null}
      <tbody className="govuk-table__body">
        {rows?.map((row, rowIndex) => (
          <tr key={rowIndex} className="govuk-table__row">
            {cellsOf(row)}
          </tr>
        ))}
        {cachedRows?.items.map((item, index) => (
          <RenderedOnce
            key={index}
            as="tr"
            className="govuk-table__row"
            cacheKey={`${cachedRows.name}\n${firstCellIsHeader ? "th" : "td"}\n${JSON.stringify(item)}`}
            render={() => cellsOf(cachedRows.cells(item))}
          />
        ))}
      </tbody>
    </table>
  );
}
