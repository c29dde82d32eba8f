/**
 * The preview's download: the in-memory workbook (a snapshot the page posts) written as .xlsx
 * with ExcelJS, on top of the file the preview started from. A sheet the add-in did not change is
 * kept exactly as it was in that file (formulas, formatting and all); a changed sheet with the same
 * tables and charts gets only its changed cells; a new or rebuilt sheet is written whole. ExcelJS
 * cannot draw charts: where one goes, a note says so.
 */
import ExcelJS from "exceljs";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../fakeExcel/snapshot";
import { parseRect } from "../fakeExcel/state";
import { a1 } from "../../workbook/address";
import { loadWorkbookBytes, workbookBytes } from "../../xlsx/files";
import { findSheet, forgetSheetNames } from "../../xlsx/ownership";

export const PREVIEW_CHART_NOTE =
  "This chart is not in the file: the preview writes .xlsx with ExcelJS, which cannot draw charts. The add-in draws it in Excel.";

const VISIBILITY: Record<SheetSnapshot["visibility"], ExcelJS.WorksheetState> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export async function writePreviewWorkbook(
  original: Buffer | null,
  initial: WorkbookSnapshot,
  final: WorkbookSnapshot,
): Promise<Buffer> {
  const workbook = original ? await loadWorkbookBytes(original) : new ExcelJS.Workbook();
  for (const ws of [...workbook.worksheets]) {
    if (!final.sheets.some((s) => s.name.toLowerCase() === ws.name.toLowerCase())) removeSheet(workbook, ws);
  }
  final.sheets.forEach((sheet, position) => {
    const before = initial.sheets.find((s) => s.name === sheet.name);
    let ws = original ? findSheet(workbook, sheet.name) : undefined;
    if (ws && before && sameStructure(before, sheet)) {
      patchSheet(ws, before, sheet);
    } else {
      if (ws) removeSheet(workbook, ws);
      ws = workbook.addWorksheet(sheet.name);
      writeSheet(ws, sheet);
      for (const n of final.names) {
        if (n.sheet === sheet.name) workbook.definedNames.add(`'${sheet.name.replace(/'/g, "''")}'!${n.ref}`, n.name);
      }
    }
    (ws as unknown as { orderNo: number }).orderNo = position;
  });
  const active = final.sheets.findIndex((s) => s.name === final.activeSheet);
  if (active >= 0) {
    const views = workbook.views?.length ? workbook.views : [{} as ExcelJS.WorkbookView];
    workbook.views = views.map((v, i) => (i === 0 ? { ...v, activeTab: active, firstSheet: 0 } : v));
  }
  return workbookBytes(workbook);
}

function removeSheet(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  forgetSheetNames(workbook, ws.name);
  workbook.removeWorksheet(ws.id);
}

/** Same tables (with the same headers) and charts: only cells and sheet settings can differ. */
function sameStructure(a: SheetSnapshot, b: SheetSnapshot): boolean {
  const headers = (s: SheetSnapshot) =>
    s.tables.map((t) => {
      const r = parseRect(t.range);
      return s.cells.filter((c) => c.row === r.top && c.col >= r.left && c.col <= r.right).map((c) => c.value);
    });
  return (
    JSON.stringify([a.tables, a.charts, headers(a)]) === JSON.stringify([b.tables, b.charts, headers(b)])
  );
}

function patchSheet(ws: ExcelJS.Worksheet, before: SheetSnapshot, after: SheetSnapshot): void {
  const old = new Map(before.cells.map((c) => [c.address, c]));
  const now = new Map(after.cells.map((c) => [c.address, c]));
  for (const address of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(address);
    const b = now.get(address);
    const cell = ws.getCell(address);
    if (JSON.stringify([a?.value ?? null, a?.formula]) !== JSON.stringify([b?.value ?? null, b?.formula])) cell.value = valueOf(b);
    if ((a?.numberFormat ?? "General") !== (b?.numberFormat ?? "General")) cell.numFmt = b?.numberFormat ?? "General";
    if (JSON.stringify(a?.font ?? {}) !== JSON.stringify(b?.font ?? {})) cell.font = fontOf(b) ?? {};
    if ((a?.wrapText ?? false) !== (b?.wrapText ?? false)) cell.alignment = { ...cell.alignment, wrapText: b?.wrapText ?? false };
  }
  if (JSON.stringify(before.columnWidths) !== JSON.stringify(after.columnWidths)) writeWidths(ws, after);
  if (JSON.stringify(before.hiddenColumns ?? []) !== JSON.stringify(after.hiddenColumns ?? [])) writeHidden(ws, before, after);
  if (JSON.stringify(before.rowHeights) !== JSON.stringify(after.rowHeights)) writeHeights(ws, after);
  if (JSON.stringify(before.pageLayout) !== JSON.stringify(after.pageLayout)) writePageLayout(ws, after);
  if (before.frozenRows !== after.frozenRows || before.showGridlines !== after.showGridlines) writeView(ws, after);
  if (before.tabColor !== after.tabColor) {
    if (after.tabColor) ws.properties.tabColor = { argb: argb(after.tabColor) };
    else delete (ws.properties as { tabColor?: unknown }).tabColor;
  }
  if (before.visibility !== after.visibility) ws.state = VISIBILITY[after.visibility];
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  ws.state = VISIBILITY[sheet.visibility];
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
  writeView(ws, sheet);
  for (const table of sheet.tables) writeTable(ws, sheet, table);
  // After the tables, which write their own cells: every value, format and font as the model holds it.
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.address);
    cell.value = valueOf(c);
    const style: Partial<ExcelJS.Style> = {};
    if (c.numberFormat) style.numFmt = c.numberFormat;
    const font = fontOf(c);
    if (font) style.font = font;
    if (c.wrapText) style.alignment = { wrapText: true, vertical: "top" };
    if (Object.keys(style).length) cell.style = style;
  }
  writeWidths(ws, sheet);
  writeHidden(ws, null, sheet);
  writeHeights(ws, sheet);
  for (const chart of sheet.charts) {
    if (!chart.position) continue;
    const { top, left } = parseRect(chart.position);
    const title = ws.getCell(a1(top, left));
    title.value = `Chart: ${chart.title || chart.name}`;
    title.font = { bold: true };
    const note = ws.getCell(a1(top + 1, left));
    note.value = PREVIEW_CHART_NOTE;
    note.font = { italic: true, size: 9, color: { argb: "FF595959" } };
  }
  writePageLayout(ws, sheet);
}

function writeTable(ws: ExcelJS.Worksheet, sheet: SheetSnapshot, table: SheetSnapshot["tables"][number]): void {
  const r = parseRect(table.range);
  const at = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  const row = (i: number) => Array.from({ length: r.right - r.left + 1 }, (_, j) => valueOf(at.get(`${i},${r.left + j}`)));
  const lastData = r.bottom - (table.showTotals ? 1 : 0);
  const rows: ExcelJS.CellValue[][] = [];
  for (let i = r.top + 1; i <= lastData; i++) rows.push(row(i));
  ws.addTable({
    name: table.name,
    ref: a1(r.top, r.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: row(r.top).map((h, j) => ({ name: h === null || h === "" ? `Column${j + 1}` : String(h), filterButton: true })),
    rows: rows.length ? rows : [row(r.top).map(() => null)],
  });
}

function valueOf(c: CellSnapshot | undefined): ExcelJS.CellValue {
  if (!c) return null;
  // A formula in the model is a write the add-in should never make; the file shows it for what it is.
  if (c.formula) return { formula: c.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return c.value;
}

function fontOf(c: CellSnapshot | undefined): Partial<ExcelJS.Font> | undefined {
  if (!c?.font) return undefined;
  const { bold, italic, size, color } = c.font;
  return {
    ...(bold !== undefined && { bold }),
    ...(italic !== undefined && { italic }),
    ...(size !== undefined && { size }),
    ...(color !== undefined && { color: { argb: argb(color) } }),
  };
}

/** Office.js sets widths in points; Excel's unit is a "0" in Calibri 11: 7 px plus 5 px of padding. */
function writeWidths(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  for (const [col, points] of sheet.columnWidths) {
    ws.getColumn(col + 1).width = Math.max(0, Math.round((((points * 4) / 3 - 5) / 7) * 100) / 100);
  }
}

/** Columns the pane hid (or showed again) since `before`: ExcelJS's column.hidden. */
function writeHidden(ws: ExcelJS.Worksheet, before: SheetSnapshot | null, after: SheetSnapshot): void {
  const hidden = new Set(after.hiddenColumns ?? []);
  for (const col of before?.hiddenColumns ?? []) if (!hidden.has(col)) ws.getColumn(col + 1).hidden = false;
  for (const col of hidden) ws.getColumn(col + 1).hidden = true;
}

/** Row heights: the snapshot and ExcelJS both count points. */
function writeHeights(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  for (const [row, points] of sheet.rowHeights ?? []) ws.getRow(row + 1).height = points;
}

function writeView(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  ws.views = [
    {
      state: sheet.frozenRows ? "frozen" : "normal",
      ySplit: sheet.frozenRows,
      xSplit: 0,
      showGridLines: sheet.showGridlines,
    } as ExcelJS.WorksheetView,
  ];
}

const POINTS_PER_INCH = 72;

function writePageLayout(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  const layout = sheet.pageLayout;
  const fit = layout.zoom.horizontalFitToPages !== undefined || layout.zoom.verticalFitToPages !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
    fitToPage: fit,
    ...(fit
      ? { fitToWidth: layout.zoom.horizontalFitToPages ?? 0, fitToHeight: layout.zoom.verticalFitToPages ?? 0 }
      : { scale: layout.zoom.scale ?? 100 }),
    ...(layout.printArea ? { printArea: layout.printArea } : {}),
    horizontalCentered: layout.centerHorizontally,
    margins: {
      top: layout.margins.top / POINTS_PER_INCH,
      bottom: layout.margins.bottom / POINTS_PER_INCH,
      left: layout.margins.left / POINTS_PER_INCH,
      right: layout.margins.right / POINTS_PER_INCH,
      header: 0.3,
      footer: 0.3,
    },
  };
}

function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}
