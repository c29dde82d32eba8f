/**
 * The Office.js shell's first verb, in two round trips: find (sheets, tables, defined names:
 * loadWorkbookState), then load the cells of the five input tables, with the row just under each
 * Excel table (to warn about rows pasted outside it). Reads only: nothing in the workbook changes.
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

  let loads = queueLoads(context, located, true);
  try {
    if (loads.length > 0) await context.sync();
  } catch (error) {
    // Excel fails the request when a table ends on the sheet's last row (no row below it). That is
    // rare enough to pay one more round trip for, reading the tables without the rows below.
    if (!loads.some((l) => l.below)) throw error;
    loads = queueLoads(context, located, false);
    await context.sync();
  }

  const grids = loads.map(({ key, where, range, below }) =>
    where.source === "table"
      ? tableGrid(key, where, range, below, state.tables.some((t) => t.name === where.tableName && t.showTotals))
      : sheetGrid(key, where.sheet, range),
  );
  return { grids, located, state };
}

interface CellsLoad {
  key: TableKey;
  where: TableLocation;
  range: Excel.Range;
  /** The row just under an Excel table (under its totals row), loaded with the table's cells. */
  below?: Excel.Range;
}

/** The second request: each input table's cells and, for an Excel table, the row under it. */
function queueLoads(
  context: Excel.RequestContext, located: Record<TableKey, TableLocation | null>, withRowsBelow: boolean,
): CellsLoad[] {
  const loads: CellsLoad[] = [];
  for (const key of TABLE_KEYS) {
    const where = located[key];
    if (where === null) continue;
    if (where.source === "sheet") {
      const range = sheetFromA1(context.workbook.worksheets.getItem(where.sheet));
      loads.push({ key, where, range: range.load("values, rowIndex, columnIndex") });
      continue;
    }
    const table = context.workbook.tables.getItem(where.tableName).getRange();
    const load: CellsLoad = { key, where, range: table.load("values, rowIndex, columnIndex") };
    if (withRowsBelow) load.below = table.getRowsBelow(1).load("values, rowIndex"); // ExcelApi 1.2
    loads.push(load);
  }
  return loads;
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
  below: Excel.Range | undefined,
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
    ...(below ? { rowBelow: { row: below.rowIndex, values: rangeValues(below)[0] ?? [] } } : {}),
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
