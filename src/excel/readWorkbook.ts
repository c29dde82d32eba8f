/**
 * The Office.js shell's first verb, in two round trips: find (sheets, tables, defined names:
 * loadWorkbookState), then load the cells of the five input tables. Reads only: nothing in the
 * workbook changes.
 */
import type { Grid, TableKey } from "../workbook/grid";
import { TABLE_KEYS, locateTables, type TableLocation } from "../workbook/tables";
import { rangeValues } from "./cellInput";
import { loadWorkbookState, type WorkbookState } from "./workbookState";

export interface WorkbookRead {
  /** One grid per input table found, in the order of PRICING.md §1. */
  grids: Grid[];
  /** Where each input table was found (null: absent). */
  located: Record<TableKey, TableLocation | null>;
  /** Sheets, tables and names: what applyPlan needs to replace only our own sheets. */
  state: WorkbookState;
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const state = await loadWorkbookState(context);
  const located = locateTables({ tables: state.tables, sheets: state.sheets.map((s) => s.name) });

  const loads: { key: TableKey; where: TableLocation; range: Excel.Range }[] = [];
  for (const key of TABLE_KEYS) {
    const where = located[key];
    if (where === null) continue;
    const range =
      where.source === "table"
        ? context.workbook.tables.getItem(where.tableName).getRange()
        : sheetFromA1(context.workbook.worksheets.getItem(where.sheet));
    loads.push({ key, where, range: range.load("values, rowIndex, columnIndex") });
  }
  if (loads.length > 0) await context.sync();

  const grids = loads.map(({ key, where, range }) =>
    where.source === "table"
      ? tableGrid(key, where, range, state.tables.some((t) => t.name === where.tableName && t.showTotals))
      : sheetGrid(key, where.sheet, range),
  );
  return { grids, located, state };
}

/** A plain sheet: from A1 to the last cell with a value (A1 alone when the sheet is blank). */
function sheetFromA1(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getRange("A1").getBoundingRect(sheet.getUsedRange(true));
}

/** An Excel table: header row and data rows; a totals row is not data. */
function tableGrid(
  key: TableKey,
  where: Extract<TableLocation, { source: "table" }>,
  range: Excel.Range,
  hasTotals: boolean,
): Grid {
  const rows = rangeValues(range);
  if (hasTotals) rows.pop();
  return {
    key,
    sheet: where.sheet,
    source: "table",
    tableName: where.tableName,
    origin: { row: range.rowIndex, col: range.columnIndex },
    values: rows,
  };
}

/** Headers in row 1: as wide as the last header, as tall as the last row with a value. */
function sheetGrid(key: TableKey, sheet: string, range: Excel.Range): Grid {
  const rows = rangeValues(range);
  const header = rows[0] ?? [];
  let width = header.length;
  while (width > 0 && header[width - 1] === null) width--;
  const grid = width === 0 ? [] : rows.map((r) => r.slice(0, width));
  while (grid.length > 1 && grid[grid.length - 1]!.every((v) => v === null)) grid.pop();
  return { key, sheet, source: "sheet", origin: { row: 0, col: 0 }, values: grid };
}
