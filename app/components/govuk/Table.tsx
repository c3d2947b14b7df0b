import { isValidElement } from "react";
import type { ReactElement, ReactNode } from "react";
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

export interface TableProps {
  caption?: ReactNode;
  /** e.g. "govuk-table__caption--m". */
  captionClassName?: string;
  head?: TableCell[];
  rows: TableCell[][];
  /** Render the first cell of each row as <th scope="row">. */
  firstCellIsHeader?: boolean;
  className?: string;
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

export function Table({
  caption,
  captionClassName,
  head,
  rows,
  firstCellIsHeader,
  className,
}: TableProps): ReactElement {
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
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="govuk-table__row">
            {row.map((rowCell, cellIndex) => {
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
                  className={cx(
                    "govuk-table__cell",
                    cell.format && `govuk-table__cell--${cell.format}`,
                    cell.className,
                  )}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                >
                  {cell.text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
