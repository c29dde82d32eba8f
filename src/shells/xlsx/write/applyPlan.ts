/**
 * A SheetPlan carried out on an ExcelJS workbook in memory: what the tests use to build input
 * workbooks. Files the tool writes (the result, the sample) go through resultWorkbook.ts, which
 * adds our sheets to the package itself and draws the charts; ExcelJS cannot draw charts, so a
 * plan with charts is refused here rather than written without them.
 */
import type ExcelJS from "exceljs";
import type { Block, BlockStyle, HorizontalAlign, SheetPlan, SheetSpec } from "../../../core/report/sheetPlan";
import type { CellValue } from "../../../core/workbook/grid";
import { a1, parseA1 } from "../../../core/workbook/address";
import { BLOCK_FONTS, type BlockFont } from "../../../core/report/layout/blockFonts";
import { wrapAlignment } from "../../../core/report/layout/blockCells";
import { uniqueTableName } from "../../../core/report/outputs/names";
import { checkOwnership } from "../../../core/report/outputs/ownership";
import { findSheet, forgetSheetNames, markOwned, sheetState } from "./ownership";
import { sheetTables } from "../tables";

export { ForeignSheetError } from "../../../core/report/outputs/foreignSheet";

export function applyPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  // Refuse before writing anything when any planned sheet name belongs to the user.
  checkOwnership(plan, (sheetName) => sheetState(workbook, sheetName));
  const charted = plan.sheets.find((s) => s.charts.length > 0);
  if (charted) throw new Error(`ExcelJS cannot draw the charts of ${charted.name}: write the plan with resultWorkbook (src/shells/xlsx/write/resultWorkbook.ts).`);
  let activate: ExcelJS.Worksheet | undefined;
  for (const spec of plan.sheets) {
    const ws = replaceSheet(workbook, spec);
    writeSheet(workbook, ws, spec);
    markOwned(workbook, ws, spec.name);
    if (spec.activate) activate = ws;
  }
  if (activate) {
    const tab = workbook.worksheets.indexOf(activate);
    const views = workbook.views?.length ? workbook.views : [{} as ExcelJS.WorkbookView];
    workbook.views = views.map((v, i) => (i === 0 ? { ...v, activeTab: tab, firstSheet: 0 } : v));
    for (const ws of workbook.worksheets) {
      for (const view of ws.views ?? []) (view as { tabSelected?: boolean }).tabSelected = ws === activate;
    }
  }
}

/** Remove our previous sheet of that name (keeping its place in the tab order) and add a fresh one. */
function replaceSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const old = findSheet(workbook, spec.name);
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) {
    forgetSheetNames(workbook, old.name);
    workbook.removeWorksheet(old.id);
  }
  const ws = workbook.addWorksheet(spec.name, {
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    views: [
      {
        state: spec.freezeRows ? "frozen" : "normal",
        ySplit: spec.freezeRows ?? 0,
        xSplit: 0,
        showGridLines: spec.showGridlines ?? true,
      } as ExcelJS.WorksheetView,
    ],
  });
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  return ws;
}

function writeSheet(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  (spec.columnWidths ?? []).forEach((width, i) => {
    if (width !== null) ws.getColumn(i + 1).width = width;
  });
  for (const col of spec.hiddenColumns ?? []) ws.getColumn(col + 1).hidden = true;
  const taken = tableNamesInUse(workbook);
  const styles = new StyleCache();
  for (const block of spec.blocks) writeBlock(ws, block, taken, styles);
  for (const { row, height } of spec.rowHeights ?? []) ws.getRow(row).height = height;
  if (spec.print) {
    const p = spec.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToPages.wide,
      fitToHeight: p.fitToPages.tall,
      printArea: absoluteRows(p.printArea),
      horizontalCentered: p.centerHorizontally ?? false,
      ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
    };
  }
}

/** Table and defined names in use, lower-cased, for uniqueTableName. */
function tableNamesInUse(workbook: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of workbook.worksheets) for (const t of sheetTables(ws)) names.add(t.model.name.toLocaleLowerCase());
  // Tables and defined names share one namespace in Excel: a clash makes Excel "repair" the file.
  for (const defined of workbook.definedNames.model as { name: string }[]) names.add(defined.name.toLocaleLowerCase());
  return names;
}

function writeBlock(ws: ExcelJS.Worksheet, block: Block, takenTables: Set<string>, styles: StyleCache): void {
  const { row: top, col: left } = parseA1(block.at);
  if (block.values.length === 0) return;
  if (block.table) {
    writeTable(ws, block, top, left, takenTables);
  } else {
    block.values.forEach((values, i) => {
      const row = ws.getRow(top + i + 1);
      values.forEach((v, j) => {
        row.getCell(left + j + 1).value = cellValue(v);
      });
    });
  }
  formatBlock(ws, block, top, left, styles);
}

function writeTable(ws: ExcelJS.Worksheet, block: Block, top: number, left: number, taken: Set<string>): void {
  const [header, ...rows] = block.values;
  const width = header.length;
  // Excel needs at least one data row in a table; an empty table gets one blank row.
  const data = rows.length > 0 ? rows.map((r) => r.map(cellValue)) : [new Array<CellValue>(width).fill(null)];
  ws.addTable({
    name: uniqueTableName(block.table!.name, taken),
    ref: a1(top, left),
    headerRow: true,
    totalsRow: false,
    style: { theme: (block.table!.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: header.map((h, j) => ({ name: headerName(h, j), filterButton: true })),
    rows: data,
  });
}

/** Table headers must be unique, non-empty text. */
function headerName(value: CellValue, j: number): string {
  const text = value === null ? "" : String(value).trim();
  return text === "" ? `Column${j + 1}` : text;
}

/** Excel's limit on a cell's text; a longer string makes Excel "repair" the file on opening. */
const MAX_CELL_TEXT = 32_767;

/**
 * Strings stay strings: ExcelJS writes a formula only for { formula }, so "=1+1" lands as text.
 * Text built from a long input (a title around a 32,767-character business name) is cut to fit.
 */
function cellValue(v: CellValue): ExcelJS.CellValue {
  if (typeof v !== "string" || v.length <= MAX_CELL_TEXT) return v;
  const cut = /[\uD800-\uDBFF]/.test(v[MAX_CELL_TEXT - 2]!) ? MAX_CELL_TEXT - 2 : MAX_CELL_TEXT - 1; // never half an emoji
  return `${v.slice(0, cut)}…`;
}

/**
 * The workbook font ExcelJS writes for unstyled cells. A cell's font replaces it whole, so a styled
 * cell names it again: without a name, LibreOffice falls back to a serif font.
 */
const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, scheme: "minor" };

/** A block style's font as ExcelJS takes it (colour as ARGB). */
function excelJsFont(font: BlockFont | null): Partial<ExcelJS.Font> | null {
  if (font === null) return null;
  const { color, ...rest } = font;
  return color === undefined ? { ...BASE_FONT, ...rest } : { ...BASE_FONT, ...rest, color: { argb: argb(color) } };
}

/** Built once: cells of one style share the same font object (see formatBlock). */
const STYLE_FONTS = Object.fromEntries(
  Object.entries(BLOCK_FONTS).map(([style, font]) => [style, excelJsFont(font)]),
) as Record<BlockStyle, Partial<ExcelJS.Font> | null>;

/**
 * Number formats, fonts, wrapping and alignment. Cells with the same look share one style object: ExcelJS
 * then resolves it once when writing (a WeakMap on the object), which keeps a 50k-row client table
 * about as cheap to write as bare values. Shared styles are never mutated afterwards.
 */
function formatBlock(ws: ExcelJS.Worksheet, block: Block, top: number, left: number, styles: StyleCache): void {
  const font = block.style && !block.table ? STYLE_FONTS[block.style] : null;
  const firstDataRow = block.table ? 1 : 0;
  block.values.forEach((values, i) => {
    const row = ws.getRow(top + i + 1);
    const formats = block.cellFormats?.[i];
    const wrap = wrapAlignment(block, i);
    const look = block.rowLooks?.[i] ?? null;
    const rowFont = look ? excelJsFont({ size: look.size, bold: look.bold, italic: look.italic, color: look.color }) : font;
    for (let j = 0; j < values.length; j++) {
      const format = formats?.[j] ?? (i >= firstDataRow ? block.columnFormats?.[j] : null) ?? null;
      const align = block.columnAlign?.[j] ?? null;
      if (format === null && rowFont === null && wrap === null && align === null) continue;
      row.getCell(left + j + 1).style = styles.get(format, rowFont, wrap, align, look?.fill, look?.rule);
    }
  });
}

class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  get(
    numFmt: string | null,
    font: Partial<ExcelJS.Font> | null,
    wrap: "top" | "bottom" | null,
    horizontal: HorizontalAlign | null,
    fill?: string,
    rule?: string,
  ): Partial<ExcelJS.Style> {
    const key = JSON.stringify([numFmt, font, wrap, horizontal, fill, rule]);
    let style = this.styles.get(key);
    if (!style) {
      style = {};
      if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
      if (rule) style.border = { bottom: { style: "thin", color: { argb: argb(rule) } } };
      if (numFmt !== null) style.numFmt = numFmt;
      if (font !== null) style.font = font as ExcelJS.Font;
      if (wrap) style.alignment = { wrapText: true, vertical: wrap };
      if (horizontal) style.alignment = { ...style.alignment, horizontal };
      this.styles.set(key, style);
    }
    return style;
  }
}

/**
 * ExcelJS writes the print area as `'Sheet'!$` + each corner, so "A1:H30" would become the
 * half-relative `$A1:$H30`; giving it "A$1:H$30" yields the absolute `$A$1:$H$30` Excel writes.
 */
function absoluteRows(range: string): string {
  return range.replace(/\$/g, "").replace(/([A-Za-z]+)(\d+)/g, "$1$$$2");
}

function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}
