/**
 * A table of the report as records: each column its header, how its data is formatted and where
 * its value comes from, so a header, its format and its value can never drift apart, and a chart
 * picks its series by header rather than by position.
 */
import type { CellValue } from "../../workbook/grid";
import type { NumberFormat } from "../sheetPlan";
import { COUNT_FORMAT, HOURS_FORMAT, MINUTES_FORMAT } from "./formats";

/** text and general: no number format; money: the workbook's currency, to the cent. */
export type ColumnKind = "text" | "general" | "count" | "hours" | "minutes" | "money" | { format: NumberFormat };

export interface Column<T> {
  header: string;
  kind: ColumnKind;
  value: (row: T) => CellValue;
}

/** The header row, then one row per record. */
export function tableValues<T>(columns: readonly Column<T>[], rows: readonly T[]): CellValue[][] {
  return [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r)))];
}

/** One row of values (a totals row under the table). */
export function rowValues<T>(columns: readonly Column<T>[], row: T): CellValue[] {
  return columns.map((c) => c.value(row));
}

export function columnFormats<T>(columns: readonly Column<T>[], money: NumberFormat): (NumberFormat | null)[] {
  return columns.map((c) => {
    if (typeof c.kind === "object") return c.kind.format;
    switch (c.kind) {
      case "text":
      case "general":
        return null;
      case "count":
        return COUNT_FORMAT;
      case "hours":
        return HOURS_FORMAT;
      case "minutes":
        return MINUTES_FORMAT;
      case "money":
        return money;
    }
  });
}

/** The position of the column headed `header` (a chart's category or series). */
export function columnIndex<T>(columns: readonly Column<T>[], header: string): number {
  const i = columns.findIndex((c) => c.header === header);
  /* c8 ignore next: a header that is not in the table is a programming error, caught by any test of the sheet. */
  if (i < 0) throw new Error(`No column "${header}"`);
  return i;
}
