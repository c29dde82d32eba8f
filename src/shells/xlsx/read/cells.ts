/**
 * Read-only access to ExcelJS cells. `worksheet.getRow`/`getCell` create what they do not find,
 * which would change the input sheets; `findRow`/`findCell` (in ExcelJS, missing from its typings)
 * only look.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../../core/workbook/grid";
import { toCellValue } from "./cellValue";

export interface FoundCell {
  value: unknown;
  /** A formula cell's cached result (`value` drops a result of 0, false or "": an ExcelJS 4.4 bug). */
  result?: unknown;
  type: number;
  text?: string;
}

export interface FoundRow {
  findCell(col1: number): FoundCell | undefined;
  cellCount: number;
}

/** The row at a 1-based row number, or undefined when the sheet has none there. */
export function findRow(ws: ExcelJS.Worksheet, row1: number): FoundRow | undefined {
  return (ws as unknown as { findRow(r: number): FoundRow | undefined }).findRow(row1);
}

/**
 * What the cell holds: a formula cell's cached result, read from `result` rather than `value`.
 * A merged area's value sits in its first cell only, as Excel (and Office.js) have it; ExcelJS
 * would repeat it in every cell of the area.
 */
export function readCell(cell: FoundCell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return cell.type === ExcelJS.ValueType.Formula ? toCellValue(cell.result) : toCellValue(cell.value);
}
