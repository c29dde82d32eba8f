/**
 * The Office.js shell's first verb. Reads only: nothing in the workbook changes.
 *
 *   1. find: sheets, tables, defined names, protection, the date system, the calculation mode
 *      (loadWorkbookState);
 *   2. each input's size and its first 5,001 rows (32 columns) with their cell facts (number
 *      formats, formulas, hidden rows, merged areas: readCellFacts.ts), the row just under each
 *      Excel table (to warn about rows pasted outside it), the header rows of Excel tables not
 *      found by name (`Table3` holding Clients is found by its headings, and read in one more
 *      request, only then), and the charts on our output sheets;
 *   3. only for bigger inputs: the rest, with its facts, in requests of ~3–4 MB (readChunks.ts),
 *      so no response passes Excel on the web's 5 MB and no read passes the 5,000,000-cell limit.
 *
 * Up to 5,000 clients that is two requests. A plain sheet's header row may be below title rows:
 * the core's header-row finder (src/core/workbook/headerRow.ts) tells it from the first rows, and the
 * sheet is read to the last row holding a value in that header's columns (asked with the next
 * ~1 MB of rows), so a stray value far down another column costs at most that. The grid is then the block from A1, trimmed to its last
 * value, as the .xlsx shell hands it over (the core finds the header row again, the same way).
 */
import type { CellValue, Grid, TableKey } from "../../core/workbook/grid";
import { TABLES, TABLE_KEYS, locateTables, type TableLocation } from "../../core/workbook/tables";
import { findHeaderLayout, headingTexts, HEADER_SEARCH_ROWS } from "../../core/workbook/headerRow";
import { settingByName } from "../../core/workbook/parseSettings";
import { columnLetter } from "../../core/workbook/address";
import { OWNERSHIP_NAMES } from "../../core/report/outputs/names";
import { rangeValues } from "./cellInput";
import { FoundFacts, queueCells, trimBlank, type CellFactsLoad } from "./readCellFacts";
import { asShown } from "../../core/workbook/mergedCells";
import { CELL_BUDGET, estimateRowBytes, readRows, utf8Bytes, type RowsToRead } from "./readChunks";
import { findSheet, loadWorkbookState, sheetState, type WorkbookState } from "./workbookState";
import { queueOurParts, type OurParts } from "./ourParts";

export interface WorkbookRead {
  /** One grid per input table found, in the order of PRICING.md §1. */
  grids: Grid[];
  /** Where each input table was found (null: absent). */
  located: Record<TableKey, TableLocation | null>;
  /** Sheets, tables, names and our sheets' charts: what applyPlan needs to update only our own sheets. */
  state: WorkbookState;
  /** Requests the read took. */
  syncs: number;
  /** The workbook's date system: the Time log's date serials are read in it (its grid carries `dateSystem: 1904` when so). */
  dateSystem: 1900 | 1904;
  /** Excel was in manual calculation mode: the workbook was recalculated before its cells were read. */
  recalculated: boolean;
}

/** Rows and columns of each input read in the second request (with its facts: ~18 bytes a blank cell, so a blank window stays under 3 MB). */
export const FIRST_ROWS = 5_001;
export const FIRST_COLS = 32;
const LAST_ROW = 1_048_575;
/** Bytes of a tall plain sheet's next rows read beside the query of how far its header columns go. */
const AHEAD_BYTES = 1_000_000;
/** Rows of the first window whose bytes estimate the rest's. */
const SAMPLE_ROWS = 200;

interface InputLoad {
  key: TableKey;
  where: TableLocation;
  /** The table's whole range, or a plain sheet's A1-to-last-used-cell: its size. */
  extent: Excel.Range;
  /** The first rows and columns' cells and facts (absent after a fallback). */
  first?: CellFactsLoad;
  /** The row just under an Excel table. */
  below?: Excel.Range;
  belowRead?: { row: number; values: CellValue[] };
  /** The cells read so far, from the extent's top-left. */
  rows: CellValue[][];
  facts: FoundFacts;
  /** Sample rows of the window, per property loaded (values, number formats, formulas): the byte estimate. */
  sample: unknown[][][] | null;
  /** Rows and columns the first request's window covered (0 after a fallback). */
  windowRows: number;
  windowCols: number;
}

interface Unnamed {
  name: string;
  range: Excel.Range;
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const found = await loadWorkbookState(context);
  let syncs = 1;
  const sheets = found.sheets.map((s) => s.name);
  let located = locateTables({ tables: found.tables, sheets });
  // Tables not found by name may be found by their headings: their header rows ride along.
  const taken = new Set(TABLE_KEYS.flatMap((k) => { const l = located[k]; return l?.source === "table" ? [l.tableName] : []; }));
  const unnamedTables = TABLE_KEYS.some((k) => located[k] === null) ? found.tables.filter((t) => !taken.has(t.name)) : [];
  let parts: () => OurParts = () => ({ charts: [], tableAt: [] });
  let unnamed: Unnamed[] = [];
  // Manual calculation ("calculation is done when the user requests it": Excel.CalculationMode)
  // would hand over stale formula results: recalculate first, in the same request as the reads.
  const recalculated = found.calculationMode === "Manual";
  const alongside = () => {
    if (recalculated) context.workbook.application.calculate("Full" as Excel.CalculationType); // ExcelApi 1.1
    const ours = ourSheets(found);
    parts = queueOurParts(context, found, ours);
    unnamed = unnamedTables.map((t) => ({ name: t.name, range: context.workbook.tables.getItem(t.name).getHeaderRowRange().load("values") }));
    return ours.length + unnamed.length;
  };
  const first = await firstRequest(context, located, alongside);
  syncs += first.syncs;
  let loads = first.loads;

  if (unnamed.length > 0) {
    const withHeaders = found.tables.map((t) => {
      const h = unnamed.find((u) => u.name === t.name);
      return h ? { ...t, headers: headingTexts(rangeValues(h.range)[0]) } : t;
    });
    const relocated = locateTables({ tables: withHeaders, sheets });
    const byHeadings = Object.fromEntries(TABLE_KEYS.map((k) => [k, located[k] === null ? relocated[k] : null])) as WorkbookRead["located"];
    if (TABLE_KEYS.some((k) => byHeadings[k] !== null)) {
      const more = await firstRequest(context, byHeadings, () => 0);
      syncs += more.syncs;
      loads = [...loads, ...more.loads].sort((a, b) => TABLE_KEYS.indexOf(a.key) - TABLE_KEYS.indexOf(b.key));
      located = Object.fromEntries(TABLE_KEYS.map((k) => [k, located[k] ?? byHeadings[k]])) as WorkbookRead["located"];
    }
  }
  const state: WorkbookState = { ...found, ...parts() };
  syncs += await readRest(context, loads);

  const dateSystem = found.dateSystem ?? 1900;
  const grids = loads.map((load) => toGrid(load, state)).map((g) => (dateSystem === 1904 ? { ...g, dateSystem } : g));
  return { grids, located, state, syncs, dateSystem, recalculated };
}

/**
 * The second request (and the one for tables found by headings): each input's size and window,
 * with what `alongside` queues (it returns how many loads). A table within 5,001 rows of the sheet's end (no room for the
 * window, nor for the row below when it ends on the last row), or a response too big, fails it:
 * then sizes only, and the rest reads the cells.
 */
async function firstRequest(
  context: Excel.RequestContext, located: Record<TableKey, TableLocation | null>, alongside: () => number,
): Promise<{ loads: InputLoad[]; syncs: number }> {
  const queued = alongside();
  let loads = queueFirstLoads(context, located, true);
  if (loads.length > 0 || queued > 0) {
    try {
      await context.sync();
    } catch (error) {
      if (loads.length === 0) throw error;
      alongside(); // a failed request answers nothing
      loads = queueFirstLoads(context, located, false);
      await context.sync();
      for (const load of loads) takeFirst(load);
      return { loads, syncs: 2 };
    }
    for (const load of loads) takeFirst(load);
    return { loads, syncs: 1 };
  }
  return { loads, syncs: 0 };
}

/** Our output sheets (their charts and tables ride along with the second request: ourParts.ts). */
function ourSheets(state: WorkbookState): string[] {
  return Object.keys(OWNERSHIP_NAMES)
    .filter((name) => sheetState(state, name) === "ours")
    .map((name) => findSheet(state, name)!.name);
}

/** Each input's size, its first rows with their facts and, for an Excel table, the row under it. */
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
    const load: InputLoad = { key, where, extent, rows: [], facts: new FoundFacts(), sample: null, windowRows: 0, windowCols: 0 };
    if (withFirstRows) {
      // ExcelApi 1.7: the same top-left cell, FIRST_ROWS × FIRST_COLS, clipped to the input.
      load.first = queueCells(extent.getIntersection(extent.getCell(0, 0).getAbsoluteResizedRange(FIRST_ROWS, FIRST_COLS)), true);
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
    load.rows = load.facts.take(load.first, load.extent.rowIndex, load.extent.columnIndex);
    load.windowRows = load.rows.length;
    load.windowCols = load.rows[0]?.length ?? 0;
    const { range } = load.first;
    const sample = (m: unknown[][]) => m.slice(1, 1 + SAMPLE_ROWS);
    if (load.rows.length > 1) load.sample = [sample(range.values), sample(range.numberFormat as unknown[][]), sample(range.formulas as unknown[][])];
  }
  if (load.below) load.belowRead = { row: load.below.rowIndex, values: rangeValues(load.below)[0] ?? [] };
}

/** Width of a row up to its last value. */
function usedWidth(rows: readonly (readonly CellValue[])[]): number {
  let width = 0;
  for (const row of rows) for (let c = row.length - 1; c >= width; c--) if (row[c] !== null && row[c] !== undefined) { width = c + 1; break; }
  return width;
}

/**
 * A plain sheet's columns that count for its last row of data: those of the header row the core
 * will find (below any titles), or the columns a headerless Settings or Benefits sheet is read from.
 */
function headerColumns(l: InputLoad): number {
  const top = l.rows.slice(0, HEADER_SEARCH_ROWS);
  const values = asShown(top, l.facts.mergesFrom({ row: l.extent.rowIndex, col: l.extent.columnIndex }));
  const grid: Grid = { key: l.key, sheet: l.where.sheet, source: "sheet", origin: { row: 0, col: 0 }, values };
  const layout = findHeaderLayout(grid, TABLES[l.key], (name) => settingByName(name) !== undefined);
  if (layout.kind === "headerless") return Math.max(...Object.values(layout.columns)) + 1;
  const texts = headingTexts(values[layout.row]);
  let width = texts.length;
  while (width > 0 && texts[width - 1] === "") width--;
  return width;
}

/** Everything not in the first request's window, in as few ~3 MB requests as it takes. */
async function readRest(context: Excel.RequestContext, loads: InputLoad[]): Promise<number> {
  let syncs = 0;
  const rowCount = (l: InputLoad) => l.extent.rowCount;
  const columnCount = (l: InputLoad) => l.extent.columnCount;
  // A plain sheet whose first rows run past the window (or were not read): those rows' values first, to find its header row.
  const wide = loads.filter(
    (l) => l.where.source === "sheet" && columnCount(l) > l.windowCols &&
      (l.windowCols === 0 || l.rows.slice(0, HEADER_SEARCH_ROWS).some((r) => r[l.windowCols - 1] !== null)),
  );
  if (wide.length > 0) {
    syncs += await readRows(context, wide.map((l) => {
      const rows = Math.min(rowCount(l), HEADER_SEARCH_ROWS);
      return part(l, 0, l.windowCols, rows, columnCount(l) - l.windowCols, false, true);
    }));
  }
  // A plain sheet taller than the window: how far its header columns really go (a stray value far down another column does not count).
  const width = new Map<InputLoad, number>();
  for (const l of loads) if (l.where.source === "sheet") width.set(l, Math.max(1, headerColumns(l)));
  const tall = loads.filter((l) => l.where.source === "sheet" && rowCount(l) > FIRST_ROWS);
  const cols = (l: InputLoad) => (l.where.source === "sheet" ? Math.max(width.get(l)!, usedWidth(l.rows)) : columnCount(l));
  const depth = new Map<InputLoad, number>();
  const ahead = new Map<InputLoad, number>();
  if (tall.length > 0) {
    // Beside the depth query, the rows just after the window (up to ~1 MB a sheet, as if they were
    // data): a sheet of a few thousand rows more is then whole in this request. Rows past the depth
    // are dropped again, so a stray far value costs at most that.
    let used: { l: InputLoad; range: Excel.Range }[] = [];
    const queueDepth = () => {
      used = tall.map((l) => {
        const sheet = context.workbook.worksheets.getItem(l.where.sheet);
        return { l, range: sheet.getRange(`A1:${columnLetter(width.get(l)! - 1)}${rowCount(l)}`).getUsedRangeOrNullObject(true).load("rowIndex, rowCount") };
      });
    };
    const early = tall.map((l) => {
      const probe = part(l, l.windowRows, 0, 1, cols(l), true);
      const rows = Math.min(rowCount(l) - l.windowRows, Math.max(1, Math.floor(AHEAD_BYTES / probe.rowBytes)), Math.floor(CELL_BUDGET / cols(l)));
      ahead.set(l, l.windowRows + rows);
      return part(l, l.windowRows, 0, rows, cols(l), true);
    });
    syncs += await readRows(context, early, queueDepth);
    for (const { l, range } of used) {
      const d = range.isNullObject ? 1 : range.rowIndex + range.rowCount;
      depth.set(l, d);
      l.rows.length = Math.min(l.rows.length, Math.max(l.windowRows, d));
    }
  }

  const parts: RowsToRead[] = [];
  for (const l of loads) {
    // A plain sheet: its header's columns, and any other column with a value in the rows read so far.
    const readCols = cols(l);
    const rows = l.where.source === "sheet" ? (depth.get(l) ?? rowCount(l)) : rowCount(l);
    const known = Math.min(l.windowRows, rows);
    if (l.windowCols < readCols && known > 0) parts.push(part(l, 0, l.windowCols, known, readCols - l.windowCols, false));
    const read = Math.min(ahead.get(l) ?? known, rows);
    if (read < rows) parts.push(part(l, read, 0, rows - read, readCols, true));
  }
  // After a fallback, the rows under the tables that do not end on the sheet's last row ride along.
  const belows: { l: InputLoad; range: Excel.Range }[] = [];
  const extra = () => {
    belows.length = 0;
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

/**
 * Rows [top, top + rows) × columns [left, left + cols) of the input, relative to its top-left:
 * values and facts (`withRows`: its hidden rows too), or values alone (`valuesOnly`: rows read
 * again later with their facts, only to find the header row).
 */
function part(l: InputLoad, top: number, left: number, rows: number, cols: number, withRows: boolean, valuesOnly = false): RowsToRead {
  const sheetTop = l.extent.rowIndex + top;
  const sheetLeft = l.extent.columnIndex + left;
  // A visible view's address per row: ["'Sheet'!A1048576"].
  const perRow = withRows ? l.where.sheet.length + 20 : 0;
  return {
    sheet: l.where.sheet,
    top: sheetTop,
    left: sheetLeft,
    rows,
    cols,
    rowBytes: valuesOnly ? estimateRowBytes(l.sample ? [l.sample[0]!] : null, cols) : estimateRowBytes(l.sample, cols, perRow),
    queue: (offset, range) => {
      const store = (values: CellValue[][]) => values.forEach((row, i) => {
        const r = top + offset + i;
        while (l.rows.length <= r) l.rows.push([]);
        const target = l.rows[r]!;
        while (target.length < left) target.push(null);
        row.forEach((v, j) => (target[left + j] = v));
      });
      if (valuesOnly) {
        range.load("values");
        return () => {
          store(rangeValues(range));
          return utf8Bytes(range.values);
        };
      }
      const load = queueCells(range, withRows);
      return () => {
        const values = l.facts.take(load, sheetTop + offset, sheetLeft);
        store(values);
        return utf8Bytes([load.range.values, load.range.numberFormat, load.range.formulas]) + perRow * values.length;
      };
    },
  };
}

function toGrid(load: InputLoad, state: WorkbookState): Grid {
  const { key, where } = load;
  if (where.source === "sheet") return sheetGrid(key, where.sheet, load);
  const hasTotals = state.tables.some((t) => t.name === where.tableName && t.showTotals);
  return tableGrid(key, where, load, hasTotals);
}

/** An Excel table: header row, data rows and its totals row (marked, for the core to leave out). */
function tableGrid(key: TableKey, where: Extract<TableLocation, { source: "table" }>, load: InputLoad, hasTotals: boolean): Grid {
  const width = load.extent.columnCount;
  const rows = load.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
  const origin = { row: load.extent.rowIndex, col: load.extent.columnIndex };
  return {
    key,
    sheet: where.sheet,
    source: "table",
    tableName: where.tableName,
    origin,
    values: rows,
    ...load.facts.forGrid(origin, rows.length, width),
    ...(where.byHeadings ? { byHeadings: true } : {}),
    ...(hasTotals ? { totalsRow: true } : {}),
    ...(load.belowRead ? { rowBelow: load.belowRead } : {}),
  };
}

/** A plain sheet from A1 to its last row and column with a value (the core finds the header row). */
function sheetGrid(key: TableKey, sheet: string, load: InputLoad): Grid {
  const values = trimBlank(load.rows);
  const origin = { row: 0, col: 0 };
  return { key, sheet, source: "sheet", origin, values, ...load.facts.forGrid(origin, values.length, values[0]?.length ?? 0) };
}
