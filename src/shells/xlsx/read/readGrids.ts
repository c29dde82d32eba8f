/**
 * The ExcelJS shell's first verb: a loaded workbook → one Grid per input table found
 * (PRICING.md §1: an Excel table of that name, else a sheet of that name), with what only the
 * file can tell about the cells (DESIGN.md): hidden rows, merged ranges, formulas (and those with
 * no saved result), cells formatted as a time. Finding the header row, leaving out totals and
 * reading `1:30` is the core's job. Reads only: nothing in the workbook is created or changed.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid, GridCell, GridFormula, GridRect, TableKey } from "../../../core/workbook/grid";
import { findLookalike, locateTables, type TableLocation, type WorkbookIndex } from "../../../core/workbook/tables";
import { HEADER_SEARCH_ROWS } from "../../../core/workbook/headerRow";
import { isTimeFormat } from "../../../core/workbook/timeFormat";
import { findRow, readCell, type FoundCell } from "./cells";
import { sheetTables } from "../tables";
import { a1 } from "../../../core/workbook/address";
import { dateSystemOf, UnreadableWorkbookError } from "./files";
import { DAYS_1900_TO_1904, type DateSystem } from "../../../core/workbook/parseDate";

export interface ReadResult {
  grids: Grid[];
  /** The workbook's date system: serials in the grids are in it (the core moves dates to 1900). */
  dateSystem: DateSystem;
  /** The workbook's Excel tables and sheets, as table location saw them. */
  index: WorkbookIndex;
  /** Where each input table was found (null: absent). */
  located: Record<TableKey, TableLocation | null>;
}

export function readGrids(workbook: ExcelJS.Workbook): ReadResult {
  const dateSystem = dateSystemOf(workbook);
  // ExcelJS turns a date cell into a Date using the 1904 system only when date1904 is spelled "1";
  // the serial as the workbook holds it is that Date's 1900 serial, less 1,462 days in that case.
  const dateShift = (workbook.properties as { date1904?: boolean } | undefined)?.date1904 ? DAYS_1900_TO_1904 : 0;
  const index: WorkbookIndex = {
    tables: workbook.worksheets.flatMap((ws) => sheetTables(ws).map((t) => ({
      name: t.model.name,
      sheet: ws.name,
      headers: (t.model.columns ?? []).map((c) => c.name),
    }))),
    sheets: workbook.worksheets.map((ws) => ws.name),
  };
  const located = locateTables(index);
  const grids: Grid[] = [];
  for (const key of Object.keys(located) as TableKey[]) {
    const where = located[key];
    if (where === null) continue;
    const ws = workbook.getWorksheet(where.sheet);
    if (!ws) continue;
    const grid = where.source === "table" ? tableGrid(key, ws, where.tableName, where.byHeadings === true, dateShift) : sheetGrid(key, ws, dateShift);
    grids.push(dateSystem === 1904 ? { ...grid, dateSystem } : grid);
  }
  // A required table not found by name while a visible sheet looks like it: the core names that sheet.
  const missing = (["clients", "tiers"] as const).filter((key) => located[key] === null);
  if (missing.length > 0) {
    const tops = new Map(workbook.worksheets.filter((ws) => ws.state === "visible").map((ws) => [ws.name, topRows(ws)] as const));
    for (const key of missing) {
      const lookalike = findLookalike(key, index, tops);
      if (lookalike) grids.push({ key, sheet: lookalike.kind === "table" ? index.tables.find((t) => t.name === lookalike.name)!.sheet : lookalike.name, source: "sheet", origin: { row: 0, col: 0 }, values: [], lookalike });
    }
  }
  return { grids, index, located, dateSystem };
}

/** A sheet's first rows as the text of their cells, to recognise a table by its headings. */
function topRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    const row = findRow(ws, r);
    const texts: string[] = [];
    for (let c = 1; row && c <= Math.min(row.cellCount, 256); c++) {
      const found = row.findCell(c);
      const v = found ? readCell(found) : null;
      texts.push(typeof v === "string" ? v : "");
    }
    rows.push(texts);
  }
  return rows;
}

/** 0-based index of a worksheet's last row (row 1,048,576). */
const LAST_ROW = 1_048_575;

/**
 * An Excel table: its header row, data rows and totals row (marked, for the core to leave out).
 * Only the cells the sheet holds are read, whatever the table's ref claims (`A1:XFD1048576`).
 */
function tableGrid(key: TableKey, ws: ExcelJS.Worksheet, tableName: string, byHeadings: boolean, dateShift: number): Grid {
  const table = sheetTables(ws).find((t) => t.model.name === tableName);
  if (!table) return { key, sheet: ws.name, source: "table", tableName, origin: { row: 0, col: 0 }, values: [] };
  const { top, left } = table.range;
  const held = extentOf(ws);
  // Beyond the sheet's last cell the table holds only blank rows (and a blank totals row).
  const clipped = table.range.bottom > held.bottom;
  const bottom = Math.max(top, Math.min(table.range.bottom, held.bottom));
  const right = Math.max(left, Math.min(table.range.right, held.right));
  refuseHuge(ws, top, left, bottom, right);
  const block = readBlock(ws, top, left, bottom, right, dateShift);
  return {
    key,
    sheet: ws.name,
    source: "table",
    tableName,
    origin: { row: top, col: left },
    ...block,
    ...(byHeadings ? { byHeadings } : {}),
    ...(table.model.totalsRow && !clipped ? { totalsRow: true } : {}),
    ...mergesOf(ws, top, left, bottom, right),
    // The row under the table (under its totals row): outside it, read only to warn about it.
    ...(bottom < LAST_ROW && !clipped ? { rowBelow: { row: bottom + 1, values: readBlock(ws, bottom + 1, left, bottom + 1, right, dateShift).values[0]! } } : {}),
  };
}

/** A plain sheet: from A1 to its last row and column with a value. */
function sheetGrid(key: TableKey, ws: ExcelJS.Worksheet, dateShift: number): Grid {
  let right = -1;
  let bottom = -1;
  ws.eachRow({ includeEmpty: false }, (row, r1) => {
    const found = row as unknown as { cellCount: number; findCell(c: number): FoundCell | undefined };
    for (let c = found.cellCount; c >= 1 && c - 1 > right; c--) {
      const cell = found.findCell(c);
      const v = cell ? readCell(cell) : null;
      if (v !== null && v !== "") {
        right = c - 1;
        break;
      }
    }
    if (r1 - 1 > bottom && !rowIsBlank(found)) bottom = r1 - 1;
  });
  if (right < 0 || bottom < 0) return { key, sheet: ws.name, source: "sheet", origin: { row: 0, col: 0 }, values: [] };
  refuseHuge(ws, 0, 0, bottom, right);
  return {
    key, sheet: ws.name, source: "sheet", origin: { row: 0, col: 0 },
    ...readBlock(ws, 0, 0, bottom, right, dateShift),
    ...mergesOf(ws, 0, 0, bottom, right),
  };
}

/** The sheet's last row and column that hold a cell (0-based; -1 when none). */
function extentOf(ws: ExcelJS.Worksheet): { bottom: number; right: number } {
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: true }, (row, r1) => {
    bottom = r1 - 1;
    right = Math.max(right, (row as unknown as { cellCount: number }).cellCount - 1);
  });
  return { bottom, right };
}

/** The most cells one table's grid may span: a value far out (XFD1048576) would otherwise ask for billions. */
export const MAX_GRID_CELLS = 5_000_000;

/** A grid too large to hold is refused with the sheet, the range and what to do. */
function refuseHuge(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  const cells = (bottom - top + 1) * (right - left + 1);
  if (cells <= MAX_GRID_CELLS) return;
  throw new UnreadableWorkbookError("the workbook",
    `the ${ws.name} table would span ${a1(top, left)}:${a1(bottom, right)} (${cells.toLocaleString("en-US")} cells), more than this tool reads — ` +
    `delete what lies far below or to the right of the table on sheet ${ws.name} (up to ${a1(bottom, right)}) and save again.`);
}

function rowIsBlank(row: { cellCount: number; findCell(c: number): FoundCell | undefined }): boolean {
  for (let c = 1; c <= row.cellCount; c++) {
    const cell = row.findCell(c);
    const v = cell ? readCell(cell) : null;
    if (v !== null && v !== "") return false;
  }
  return true;
}

type Block = Pick<Grid, "values" | "hiddenRows" | "formulas" | "unsavedFormulas" | "timeCells">;

/**
 * Cells top..bottom × left..right (0-based, inclusive) as plain values, with the rows hidden
 * (by hand or by a filter: both are `hidden` on the row), the formula cells, and the number cells
 * formatted as a time. A formula without a result is only a candidate here (see formulaResults.ts).
 */
function readBlock(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number, dateShift: number): Block & { values: CellValue[][] } {
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const hiddenRows: number[] = [];
  const formulas: GridFormula[] = [];
  const unsaved: GridFormula[] = [];
  const timeCells: GridCell[] = [];
  for (let r = top; r <= bottom; r++) {
    const row = findRow(ws, r + 1) as (ReturnType<typeof findRow> & { hidden?: boolean }) | undefined;
    const out: CellValue[] = new Array<CellValue>(width).fill(null);
    if (row) {
      if (row.hidden) hiddenRows.push(r - top);
      for (let j = 0; j < width; j++) {
        const cell = row.findCell(left + j + 1) as (FoundCell & { formula?: string; numFmt?: string }) | undefined;
        if (!cell) continue;
        const raw = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        const value = dateShift && raw instanceof Date ? (readCell(cell) as number) - dateShift : readCell(cell);
        out[j] = value;
        if (cell.type === ExcelJS.ValueType.Formula) {
          const formula = { row: r - top, col: j, formula: cell.formula ?? "" };
          formulas.push(formula);
          if (cell.result === undefined) unsaved.push(formula);
        }
        if (typeof value === "number" && timeFormat(cell.numFmt)) timeCells.push({ row: r - top, col: j });
      }
    }
    values.push(out);
  }
  return {
    values,
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(formulas.length ? { formulas } : {}),
    ...(unsaved.length ? { unsavedFormulas: unsaved } : {}),
    ...(timeCells.length ? { timeCells } : {}),
  };
}

const timeFormats = new Map<string, boolean>();
function timeFormat(format: string | undefined): boolean {
  if (!format) return false;
  let time = timeFormats.get(format);
  if (time === undefined) timeFormats.set(format, (time = isTimeFormat(format)));
  return time;
}

/** The sheet's merged ranges that touch the block, relative to its top-left cell. */
function mergesOf(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): Pick<Grid, "merges"> {
  // `_merges` (master address → range, 1-based) is where ExcelJS keeps them; `ws.model` would rebuild the whole sheet.
  const all = Object.values((ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {});
  const merges: GridRect[] = [];
  for (const m of all) {
    if (!m || m.bottom - 1 < top || m.top - 1 > bottom || m.right - 1 < left || m.left - 1 > right) continue;
    merges.push({ top: m.top - 1 - top, left: m.left - 1 - left, bottom: m.bottom - 1 - top, right: m.right - 1 - left });
  }
  return merges.length ? { merges } : {};
}
