/**
 * The Office.js shell's first verb. Reads only: nothing in the workbook changes.
 *
 *   1. find: sheets, tables, defined names (loadWorkbookState);
 *   2. each input table's size and its first 5,001 rows (64 columns), the row just under each
 *      Excel table (to warn about rows pasted outside it), and the charts on our output sheets;
 *   3. only for bigger tables: the rest, in requests of ~3 MB (readChunks.ts), so no response
 *      passes Excel on the web's 5 MB and no read passes the 5,000,000-cell limit.
 *
 * Up to 5,000 clients that is two requests. A plain sheet is read to the last row holding a
 * value in its header columns, so a stray value far down another column costs nothing.
 *
 * Each input's loads are queued by `queueFirstLoads` and turned into a grid by `toGrid`: per-table
 * reading (hidden rows, merged cells, number formats) hooks in beside them.
 */
import type { CellValue, Grid, TableKey } from "../workbook/grid";
import { TABLE_KEYS, locateTables, type TableLocation } from "../workbook/tables";
import { columnLetter } from "../workbook/address";
import { OWNERSHIP_NAMES } from "../report/names";
import { rangeValues } from "./cellInput";
import { estimateRowBytes, readRows, type RowsToRead } from "./readChunks";
import { findSheet, loadWorkbookState, sheetState, type WorkbookState } from "./workbookState";

export interface WorkbookRead {
  /** One grid per input table found, in the order of PRICING.md §1. */
  grids: Grid[];
  /** Where each input table was found (null: absent). */
  located: Record<TableKey, TableLocation | null>;
  /** Sheets, tables, names and our sheets' charts: what applyPlan needs to update only our own sheets. */
  state: WorkbookState;
  /** Requests the read took. */
  syncs: number;
}

/** Rows and columns of each input read in the second request. */
export const FIRST_ROWS = 5_001;
export const FIRST_COLS = 64;
const LAST_ROW = 1_048_575;

interface InputLoad {
  key: TableKey;
  where: TableLocation;
  /** The table's whole range, or a plain sheet's A1-to-last-used-cell: its size. */
  extent: Excel.Range;
  /** The first rows and columns' values (absent after a fallback). */
  first?: Excel.Range;
  /** The row just under an Excel table. */
  below?: Excel.Range;
  belowRead?: { row: number; values: CellValue[] };
  /** The cells read so far, from the extent's top-left. */
  rows: CellValue[][];
  /** Rows and columns the first request's window covered (0 after a fallback). */
  windowRows: number;
  windowCols: number;
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const found = await loadWorkbookState(context);
  let syncs = 1;
  const located = locateTables({ tables: found.tables, sheets: found.sheets.map((s) => s.name) });
  let charts = queueOurCharts(context, found);
  let loads = queueFirstLoads(context, located, true);
  if (loads.length > 0 || charts.length > 0) {
    try {
      await context.sync();
    } catch (error) {
      // A table within 5,001 rows of the sheet's end (no room for the first rows' window, nor for
      // the row below when it ends on the last row), or a response too big: sizes only, then the rest.
      syncs++;
      if (loads.length === 0) throw error;
      charts = queueOurCharts(context, found); // a failed request answers nothing
      loads = queueFirstLoads(context, located, false);
      await context.sync();
    }
    syncs++;
  }
  const state: WorkbookState = { ...found, charts: charts.flatMap((c) => c.charts.items.map((x) => ({ sheet: c.sheet, name: x.name }))) };
  for (const load of loads) takeFirst(load);
  syncs += await readRest(context, loads);

  const grids = loads.map((load) => toGrid(load, state));
  return { grids, located, state, syncs };
}

/** The charts on our output sheets, which applyPlan removes before writing the new ones. */
function queueOurCharts(context: Excel.RequestContext, state: WorkbookState): { sheet: string; charts: Excel.ChartCollection }[] {
  return Object.keys(OWNERSHIP_NAMES)
    .filter((name) => sheetState(state, name) === "ours")
    .map((name) => findSheet(state, name)!.name)
    .map((sheet) => ({ sheet, charts: context.workbook.worksheets.getItem(sheet).charts.load("items/name") }));
}

/** The second request: each input's size, its first rows and, for an Excel table, the row under it. */
function queueFirstLoads(context: Excel.RequestContext, located: Record<TableKey, TableLocation | null>, withFirstRows: boolean): InputLoad[] {
  const loads: InputLoad[] = [];
  for (const key of TABLE_KEYS) {
    const where = located[key];
    if (where === null) continue;
    const extent =
      where.source === "sheet"
        ? sheetFromA1(context.workbook.worksheets.getItem(where.sheet))
        : context.workbook.tables.getItem(where.tableName).getRange();
    extent.load("rowIndex, columnIndex, rowCount, columnCount");
    const load: InputLoad = { key, where, extent, rows: [], windowRows: 0, windowCols: 0 };
    if (withFirstRows) {
      // ExcelApi 1.7: the same top-left cell, FIRST_ROWS × FIRST_COLS, clipped to the input.
      load.first = extent.getIntersection(extent.getCell(0, 0).getAbsoluteResizedRange(FIRST_ROWS, FIRST_COLS)).load("values");
      if (where.source === "table") load.below = extent.getRowsBelow(1).load("values, rowIndex"); // ExcelApi 1.2
    }
    loads.push(load);
  }
  return loads;
}

/** A plain sheet: from A1 to the last cell with a value (A1 alone when the sheet is blank). Only its size is loaded. */
function sheetFromA1(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getRange("A1").getBoundingRect(sheet.getUsedRange(true));
}

function takeFirst(load: InputLoad): void {
  if (load.first) {
    load.rows = rangeValues(load.first);
    load.windowRows = load.rows.length;
    load.windowCols = load.rows[0]?.length ?? 0;
  }
  if (load.below) load.belowRead = { row: load.below.rowIndex, values: rangeValues(load.below)[0] ?? [] };
}

/** Width of a plain sheet's header row: up to its last header. */
function headerWidth(header: readonly CellValue[]): number {
  let width = header.length;
  while (width > 0 && header[width - 1] === null) width--;
  return width;
}

/** Everything not in the first request's window, in as few ~3 MB requests as it takes. */
async function readRest(context: Excel.RequestContext, loads: InputLoad[]): Promise<number> {
  let syncs = 0;
  const { rowCount, columnCount } = { rowCount: (l: InputLoad) => l.extent.rowCount, columnCount: (l: InputLoad) => l.extent.columnCount };
  // A plain sheet whose header row runs past the window: the rest of row 1 first.
  const wideHeaders = loads.filter(
    (l) => l.where.source === "sheet" && columnCount(l) > l.windowCols && (l.windowCols === 0 || l.rows[0]![l.windowCols - 1] !== null),
  );
  if (wideHeaders.length > 0) {
    syncs += await readRows(context, wideHeaders.map((l) => part(l, 0, l.windowCols, 1, columnCount(l) - l.windowCols)));
  }
  // A plain sheet taller than the window: how far its header columns really go (a stray value far down another column does not count).
  const tall = loads.filter((l) => l.where.source === "sheet" && rowCount(l) > Math.max(1, l.windowRows));
  const depth = new Map<InputLoad, number>();
  if (tall.length > 0) {
    const used = tall.map((l) => {
      const width = Math.max(1, headerWidth(l.rows[0] ?? []));
      const sheet = context.workbook.worksheets.getItem(l.where.sheet);
      return { l, range: sheet.getRange(`A1:${columnLetter(width - 1)}${rowCount(l)}`).getUsedRangeOrNullObject(true).load("rowIndex, rowCount") };
    });
    await context.sync();
    syncs++;
    for (const { l, range } of used) depth.set(l, range.isNullObject ? 1 : range.rowIndex + range.rowCount);
  }

  const parts: RowsToRead[] = [];
  for (const l of loads) {
    const cols = l.where.source === "sheet" ? Math.max(1, headerWidth(l.rows[0] ?? [])) : columnCount(l);
    const rows = l.where.source === "sheet" ? (depth.get(l) ?? Math.min(rowCount(l), Math.max(1, l.windowRows))) : rowCount(l);
    // Row 1 of a plain sheet may be whole already (wideHeaders): reading it again is harmless.
    if (l.windowCols < cols && l.windowRows > 0) parts.push(part(l, 0, l.windowCols, Math.min(l.windowRows, rows), cols - l.windowCols));
    if (l.windowRows < rows) parts.push(part(l, l.windowRows, 0, rows - l.windowRows, cols));
  }
  // After a fallback, the rows under the tables that do not end on the sheet's last row ride along.
  const belows: { l: InputLoad; range: Excel.Range }[] = [];
  const extra = () => {
    for (const l of loads) {
      if (l.where.source !== "table" || l.first || l.extent.rowIndex + l.extent.rowCount - 1 >= LAST_ROW) continue;
      belows.push({ l, range: l.extent.getRowsBelow(1).load("values, rowIndex") });
    }
  };
  const needsBelow = loads.some((l) => l.where.source === "table" && !l.first);
  if (parts.length > 0 || needsBelow) syncs += await readRows(context, parts, needsBelow ? extra : undefined);
  for (const { l, range } of belows) l.belowRead = { row: range.rowIndex, values: rangeValues(range)[0] ?? [] };
  return syncs;
}

/** Rows [top, top + rows) × columns [left, left + cols) of the input, relative to its top-left. */
function part(l: InputLoad, top: number, left: number, rows: number, cols: number): RowsToRead {
  const sample = l.rows.length > 1 ? l.rows.slice(1, 201) : null;
  return {
    sheet: l.where.sheet,
    top: l.extent.rowIndex + top,
    left: l.extent.columnIndex + left,
    rows,
    cols,
    rowBytes: estimateRowBytes(sample, cols),
    take: (offset, values) => {
      values.forEach((row, i) => {
        const r = top + offset + i;
        while (l.rows.length <= r) l.rows.push([]);
        const target = l.rows[r]!;
        while (target.length < left) target.push(null);
        row.forEach((v, j) => (target[left + j] = v));
      });
    },
  };
}

function toGrid(load: InputLoad, state: WorkbookState): Grid {
  const { key, where } = load;
  if (where.source === "sheet") return sheetGrid(key, where.sheet, load.rows);
  const hasTotals = state.tables.some((t) => t.name === where.tableName && t.showTotals);
  return tableGrid(key, where, load, hasTotals);
}

/** An Excel table: header row and data rows; a totals row is not data. */
function tableGrid(key: TableKey, where: Extract<TableLocation, { source: "table" }>, load: InputLoad, hasTotals: boolean): Grid {
  const rows = load.rows.map((r) => [...r]);
  const width = load.extent.columnCount;
  for (const r of rows) while (r.length < width) r.push(null);
  if (hasTotals) rows.pop();
  return {
    key,
    sheet: where.sheet,
    source: "table",
    tableName: where.tableName,
    origin: { row: load.extent.rowIndex, col: load.extent.columnIndex },
    values: rows,
    ...(load.belowRead ? { rowBelow: load.belowRead } : {}),
  };
}

/** Headers in row 1: as wide as the last header, as tall as the last row with a value. */
function sheetGrid(key: TableKey, sheet: string, rows: CellValue[][]): Grid {
  const header = rows[0] ?? [];
  const width = headerWidth(header);
  const grid = width === 0 ? [] : rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
  while (grid.length > 1 && grid[grid.length - 1]!.every((v) => v === null)) grid.pop();
  return { key, sheet, source: "sheet", origin: { row: 0, col: 0 }, values: grid };
}
