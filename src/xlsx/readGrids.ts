/**
 * The ExcelJS shell's first verb: a loaded workbook → one Grid per input table found
 * (PRICING.md §1: an Excel table of that name, else a sheet of that name with headers in row 1).
 * Reads only: nothing in the workbook is created or changed.
 */
import type ExcelJS from "exceljs";
import type { CellValue, Grid, TableKey } from "../workbook/grid";
import { locateTables, type TableLocation, type WorkbookIndex } from "../workbook/tables";
import { findRow, readCell } from "./cells";
import { sheetTables } from "./tables";

export interface ReadResult {
  grids: Grid[];
  /** The workbook's Excel tables and sheets, as table location saw them. */
  index: WorkbookIndex;
  /** Where each input table was found (null: absent). */
  located: Record<TableKey, TableLocation | null>;
}

export function readGrids(workbook: ExcelJS.Workbook): ReadResult {
  const index: WorkbookIndex = {
    tables: workbook.worksheets.flatMap((ws) => sheetTables(ws).map((t) => ({ name: t.model.name, sheet: ws.name }))),
    sheets: workbook.worksheets.map((ws) => ws.name),
  };
  const located = locateTables(index);
  const grids: Grid[] = [];
  for (const key of Object.keys(located) as TableKey[]) {
    const where = located[key];
    if (where === null) continue;
    const ws = workbook.getWorksheet(where.sheet);
    if (!ws) continue;
    grids.push(where.source === "table" ? tableGrid(key, ws, where.tableName) : sheetGrid(key, ws));
  }
  return { grids, index, located };
}

/** 0-based index of a worksheet's last row (row 1,048,576). */
const LAST_ROW = 1_048_575;

/** An Excel table: its header row and data rows (a totals row is not data). */
function tableGrid(key: TableKey, ws: ExcelJS.Worksheet, tableName: string): Grid {
  const table = sheetTables(ws).find((t) => t.model.name === tableName);
  if (!table) return { key, sheet: ws.name, source: "table", tableName, origin: { row: 0, col: 0 }, values: [] };
  const { top, left, bottom, right } = table.range;
  const lastData = bottom - (table.model.totalsRow ? 1 : 0);
  return {
    key,
    sheet: ws.name,
    source: "table",
    tableName,
    origin: { row: top, col: left },
    values: readBlock(ws, top, left, lastData, right),
    // The row under the table (under its totals row): outside it, read only to warn about it.
    ...(bottom < LAST_ROW ? { rowBelow: { row: bottom + 1, values: readBlock(ws, bottom + 1, left, bottom + 1, right)[0]! } } : {}),
  };
}

/** A plain sheet: headers in row 1, as wide as its last header, as tall as its last value. */
function sheetGrid(key: TableKey, ws: ExcelJS.Worksheet): Grid {
  const header = findRow(ws, 1);
  let right = -1;
  if (header) {
    for (let c = header.cellCount; c >= 1; c--) {
      const cell = header.findCell(c);
      const v = cell ? readCell(cell) : null;
      if (v !== null && v !== "") {
        right = c - 1;
        break;
      }
    }
  }
  // Only as tall as the last row with a value: a formatted cell at row 1,048,576 adds no blank rows.
  let bottom = ws.rowCount - 1;
  while (bottom > 0 && rowIsBlank(ws, bottom, right)) bottom--;
  const values = right < 0 ? [] : readBlock(ws, 0, 0, bottom, right);
  return { key, sheet: ws.name, source: "sheet", origin: { row: 0, col: 0 }, values };
}

/** No value in columns 0..right of the row (0-based). */
function rowIsBlank(ws: ExcelJS.Worksheet, row0: number, right: number): boolean {
  const row = findRow(ws, row0 + 1);
  if (!row) return true;
  for (let c = 1; c <= right + 1; c++) {
    const cell = row.findCell(c);
    const v = cell ? readCell(cell) : null;
    if (v !== null && v !== "") return false;
  }
  return true;
}

/** Cells top..bottom × left..right (0-based, inclusive) as plain values. */
function readBlock(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const width = right - left + 1;
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = findRow(ws, r + 1);
    const out: CellValue[] = new Array<CellValue>(width).fill(null);
    if (row) {
      for (let j = 0; j < width; j++) {
        const cell = row.findCell(left + j + 1);
        if (cell) out[j] = readCell(cell);
      }
    }
    values.push(out);
  }
  return values;
}
