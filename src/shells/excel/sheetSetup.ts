/**
 * Sheet-wide settings of a SheetSpec: column widths, hidden columns, row heights, gridlines,
 * tab colour and the print setup. Gridlines need ExcelApi 1.8 and page layout 1.9; where Excel
 * lacks them they are skipped and the rest of the sheet is written all the same.
 */
import type { PrintSetup, RowHeight, SheetSpec } from "../../core/report/sheetPlan";
import { columnLetter } from "../../core/workbook/address";
import { GRIDLINES_API, PAGE_LAYOUT_API, excelApiSupported } from "./requirements";

/** Excel's column width unit is the width of a "0" in Calibri 11 (7 px, plus 5 px of padding); Office.js sets points. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive rows of the same height, as one range each. */
export function heightRuns(heights: readonly RowHeight[]): { from: number; to: number; height: number }[] {
  const runs: { from: number; to: number; height: number }[] = [];
  for (const { row, height } of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1 && last.height === height) last.to = row;
    else runs.push({ from: row, to: row, height });
  }
  return runs;
}

export interface SetupResult {
  /** The spec asked for a print setup this Excel cannot apply. */
  printSkipped: boolean;
}

export function setUpSheet(sheet: Excel.Worksheet, spec: SheetSpec): SetupResult {
  (spec.columnWidths ?? []).forEach((width, col) => {
    if (width !== null) sheet.getRange(`${columnLetter(col)}1`).format.columnWidth = widthInPoints(width);
  });
  // Range.columnHidden (ExcelApi 1.2) hides the whole column; its cells are still read back.
  for (const col of spec.hiddenColumns ?? []) {
    const letter = columnLetter(col);
    sheet.getRange(`${letter}:${letter}`).columnHidden = true;
  }
  // RangeFormat.rowHeight (ExcelApi 1.2) sets every row of the range: one operation per run of equal heights.
  for (const run of heightRuns(spec.rowHeights ?? [])) {
    sheet.getRange(`A${run.from}:A${run.to}`).format.rowHeight = run.height;
  }
  // Frozen rows are set by finishSheets.ts, once the sheet is active.
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
  if (spec.showGridlines === false && excelApiSupported(GRIDLINES_API)) sheet.showGridlines = false;
  if (!spec.print) return { printSkipped: false };
  if (!excelApiSupported(PAGE_LAYOUT_API)) return { printSkipped: true };
  setUpPrinting(sheet.pageLayout, spec.print);
  return { printSkipped: false };
}

const POINTS_PER_INCH = 72;

function setUpPrinting(layout: Excel.PageLayout, print: PrintSetup): void {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: print.fitToPages.wide, verticalFitToPages: print.fitToPages.tall };
  layout.setPrintArea(print.printArea);
  if (print.centerHorizontally !== undefined) layout.centerHorizontally = print.centerHorizontally;
  if (print.margins) {
    layout.topMargin = print.margins.top * POINTS_PER_INCH;
    layout.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
    layout.leftMargin = print.margins.left * POINTS_PER_INCH;
    layout.rightMargin = print.margins.right * POINTS_PER_INCH;
  }
}
