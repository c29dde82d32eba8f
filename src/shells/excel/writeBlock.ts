/**
 * One block of a SheetPlan on a new sheet: its values (in as few requests as the budget allows),
 * then its formats (whole column ranges, one operation each), its table and its fonts.
 */
import type { Block } from "../../core/report/sheetPlan";
import { BLOCK_FONTS, type CellLook } from "../../core/report/layout/blockFonts";
import { wrapAlignment } from "../../core/report/layout/blockCells";
import { uniqueTableName } from "../../core/report/outputs/names";
import { a1, parseA1 } from "../../core/workbook/address";
import { cellInput } from "./cellInput";
import { MAX_ROWS_PER_WRITE, rowBytes, type SyncBudget } from "./syncBudget";

/** Where a block sits: 0-based top-left, and its size. */
export interface BlockArea {
  top: number;
  left: number;
  rows: number;
  width: number;
}

export function blockArea(block: Block): BlockArea {
  const { row, col } = parseA1(block.at);
  return { top: row, left: col, rows: block.values.length, width: Math.max(0, ...block.values.map((r) => r.length)) };
}

/** "B5:D9" for rows [fromRow, toRow) of a block's columns [fromCol, toCol). */
export function areaAddress(area: BlockArea, fromRow: number, toRow: number, fromCol = 0, toCol = area.width): string {
  return `${a1(area.top + fromRow, area.left + fromCol)}:${a1(area.top + toRow - 1, area.left + toCol - 1)}`;
}

/** Queue the block's values, sending a request first whenever the next rows would not fit. */
export async function writeValues(sheet: Excel.Worksheet, block: Block, budget: SyncBudget): Promise<void> {
  const area = blockArea(block);
  if (area.rows === 0 || area.width === 0) return;
  // A blank is written as "": Office.js leaves a cell given null as it was, and the old values are still there (clearSheet.ts).
  const rows = block.values.map((r) => padRow(r, area.width).map((v) => cellInput(v) ?? ""));
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && end - start < MAX_ROWS_PER_WRITE) {
      const next = rowBytes(rows[end]!);
      if (!budget.fits(bytes + next)) break;
      bytes += next;
      end++;
    }
    if (end === start) {
      await budget.send(); // this request is full: the rows go in the next one
      continue;
    }
    sheet.getRange(areaAddress(area, start, end)).values = rows.slice(start, end);
    budget.add(bytes);
    start = end;
  }
}

function padRow<T>(row: readonly T[], width: number): (T | null)[] {
  return row.length === width ? [...row] : [...row, ...new Array<null>(width - row.length).fill(null)];
}

/**
 * Number formats: a column's format as one value over all its data rows (Office.js applies a
 * single value to every cell of the range: "Update all cells in a range"), then any per-cell
 * formats, where null leaves a cell as it is.
 */
export function writeFormats(sheet: Excel.Worksheet, block: Block): void {
  const area = blockArea(block);
  const firstData = block.table ? 1 : 0;
  if (area.rows > firstData) {
    (block.columnFormats ?? []).forEach((format, j) => {
      if (format === null || j >= area.width) return;
      setAll(sheet.getRange(areaAddress(area, firstData, area.rows, j, j + 1)), format);
    });
  }
  if (block.cellFormats && area.rows > 0) {
    const formats = block.values.map((_, i) => padRow(block.cellFormats![i] ?? [], area.width));
    sheet.getRange(areaAddress(area, 0, area.rows)).numberFormat = formats;
  }
}

/** Range.numberFormat typed as a 2-D array also takes one value for the whole range. */
function setAll(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Fonts, wrapping (see wrapAlignment) and alignment of the block's cells; a table keeps its table style's fonts. */
export function writeStyle(sheet: Excel.Worksheet, block: Block): void {
  const area = blockArea(block);
  if (area.rows === 0 || area.width === 0) return;
  const range = sheet.getRange(areaAddress(area, 0, area.rows));
  const font = block.style && !block.table ? BLOCK_FONTS[block.style] : null;
  if (font) {
    if (font.size !== undefined) range.format.font.size = font.size;
    if (font.bold !== undefined) range.format.font.bold = font.bold;
    if (font.italic !== undefined) range.format.font.italic = font.italic;
    if (font.color !== undefined) range.format.font.color = font.color;
  }
  if (block.wrap) {
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top";
  }
  (block.columnAlign ?? []).forEach((align, j) => {
    if (align === null || j >= area.width) return;
    sheet.getRange(areaAddress(area, 0, area.rows, j, j + 1)).format.horizontalAlignment = HORIZONTAL[align];
  });
  (block.rowLooks ?? []).forEach((look, i) => {
    if (look && i < area.rows) paintRow(sheet.getRange(areaAddress(area, i, i + 1)), look);
  });
  if (wrapAlignment(block, 0) === "bottom") {
    const header = sheet.getRange(areaAddress(area, 0, 1));
    header.format.wrapText = true;
    header.format.verticalAlignment = "Bottom";
  }
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

/**
 * A row's own look: its font, RangeFill.color and a thin bottom RangeBorder (all ExcelApi 1.1;
 * colours as #RRGGBB, learn.microsoft.com/javascript/api/excel/excel.rangefill and excel.rangeborder).
 */
function paintRow(range: Excel.Range, look: CellLook): void {
  if (look.size !== undefined) range.format.font.size = look.size;
  if (look.bold !== undefined) range.format.font.bold = look.bold;
  if (look.italic !== undefined) range.format.font.italic = look.italic;
  if (look.color !== undefined) range.format.font.color = look.color;
  if (look.fill) range.format.fill.color = look.fill;
  if (look.rule) {
    const edge = range.format.borders.getItem("EdgeBottom");
    edge.style = "Continuous";
    edge.weight = "Thin";
    edge.color = look.rule;
  }
}

/**
 * Make the block an Excel table under a name no other table or defined name uses; `kept`: our
 * table already there (same header row), resized over the block instead (Table.resize, ExcelApi 1.13).
 */
export function writeTable(sheet: Excel.Worksheet, block: Block, takenNames: Set<string>, kept: string | null = null): void {
  if (!block.table) return;
  const area = blockArea(block);
  if (area.rows === 0 || area.width === 0) return;
  // A table has at least one data row: a header-only block keeps a blank one.
  const address = areaAddress(area, 0, Math.max(area.rows, 2));
  if (kept) {
    const table = sheet.tables.getItem(kept);
    table.resize(address);
    table.style = block.table.style ?? "TableStyleMedium2";
    table.showTotals = false;
    return;
  }
  const table = sheet.tables.add(areaAddress(area, 0, area.rows), true);
  table.name = uniqueTableName(block.table.name, takenNames);
  table.style = block.table.style ?? "TableStyleMedium2";
  table.showTotals = false;
}
