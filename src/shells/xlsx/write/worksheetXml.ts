/**
 * One of our sheets as SpreadsheetML (ECMA-376 Part 1, §18.3 worksheets, §18.5 tables), written
 * directly: strings inline (the input's shared-string table stays as it was), each cell's style an
 * index into the cell formats appended to the input's styles.xml. Elements in CT_Worksheet order.
 */
import type { CellValue } from "../../../core/workbook/grid";
import { columnLetter, sheetPrefix } from "../../../core/workbook/address";
import type { SheetContent, TableContent } from "./sheetContent";
import { NS, escapeXml } from "../packageParts";

/** Excel's limit on a cell's text; a longer string makes Excel "repair" the file on opening. */
export const MAX_CELL_TEXT = 32_767;

/** Text built from a long input (a title around a 32,767-character business name) cut to fit, never half an emoji. */
export function fitCellText(v: string): string {
  if (v.length <= MAX_CELL_TEXT) return v;
  const cut = /[\uD800-\uDBFF]/.test(v[MAX_CELL_TEXT - 2]!) ? MAX_CELL_TEXT - 2 : MAX_CELL_TEXT - 1;
  return `${v.slice(0, cut)}…`;
}

export interface WorksheetParts {
  /** Relationship id of the sheet's drawing (its charts), if any. */
  drawing?: string;
  /** Relationship ids of its table parts, in the order of content.tables. */
  tables: string[];
  /** The sheet the workbook opens on (its tab selected). */
  selected?: boolean;
}

/** The worksheet part. `xf[styleId]` is the cellXfs index of each palette style. */
export function worksheetXml(content: SheetContent, xf: readonly number[], parts: WorksheetParts): string {
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">`);
  const sheetPr = [
    content.tabColor ? `<tabColor rgb="${argb(content.tabColor)}"/>` : "",
    content.print ? `<pageSetUpPr fitToPage="1"/>` : "",
  ].join("");
  if (sheetPr) out.push(`<sheetPr>${sheetPr}</sheetPr>`);
  out.push(`<dimension ref="${dimension(content)}"/>`);
  out.push(sheetViews(content, parts.selected ?? false));
  out.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  out.push(columns(content));
  out.push(sheetData(content, xf));
  const print = content.print;
  if (print) {
    if (print.centerHorizontally) out.push(`<printOptions horizontalCentered="1"/>`);
    const m = print.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
    out.push(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>`);
    out.push(`<pageSetup orientation="${print.orientation}" fitToWidth="${print.fitToPages.wide}" fitToHeight="${print.fitToPages.tall}"/>`);
  } else {
    out.push(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  }
  if (parts.drawing) out.push(`<drawing r:id="${parts.drawing}"/>`);
  if (parts.tables.length > 0) {
    out.push(`<tableParts count="${parts.tables.length}">${parts.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`);
  }
  out.push("</worksheet>");
  return out.join("");
}

function dimension(content: SheetContent): string {
  let bottom = -1;
  let right = -1;
  for (const [r, row] of content.rows) {
    if (row.cols.length === 0) continue;
    bottom = Math.max(bottom, r);
    right = Math.max(right, row.cols[row.cols.length - 1]!);
  }
  return bottom < 0 ? "A1" : `A1:${columnLetter(right)}${bottom + 1}`;
}

function sheetViews(content: SheetContent, selected: boolean): string {
  const grid = (content.showGridlines ? "" : ' showGridLines="0"') + (selected ? ' tabSelected="1"' : "");
  const freeze = content.freezeRows ?? 0;
  if (freeze <= 0) return `<sheetViews><sheetView${grid} workbookViewId="0"/></sheetViews>`;
  const below = `A${freeze + 1}`;
  return (
    `<sheetViews><sheetView${grid} workbookViewId="0">` +
    `<pane ySplit="${freeze}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/></sheetView></sheetViews>`
  );
}

function columns(content: SheetContent): string {
  const hidden = new Set(content.hiddenColumns);
  const last = Math.max(content.columnWidths.length - 1, ...content.hiddenColumns, -1);
  const cols: string[] = [];
  for (let c = 0; c <= last; c++) {
    const width = content.columnWidths[c] ?? null;
    if (width === null && !hidden.has(c)) continue;
    const w = width === null ? "" : ` width="${width}" customWidth="1"`;
    cols.push(`<col min="${c + 1}" max="${c + 1}"${w || ' width="9.140625"'}${hidden.has(c) ? ' hidden="1"' : ""}/>`);
  }
  return cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "";
}

function sheetData(content: SheetContent, xf: readonly number[]): string {
  const heights = new Map(content.rowHeights.map((h) => [h.row, h.height]));
  const rowNumbers = new Set<number>([...content.rows.keys()].map((r) => r + 1));
  for (const r of heights.keys()) rowNumbers.add(r);
  const sorted = [...rowNumbers].sort((a, b) => a - b);
  const letters: string[] = [];
  const letter = (c: number) => letters[c] ?? (letters[c] = columnLetter(c));
  const out: string[] = ["<sheetData>"];
  for (const r of sorted) {
    const height = heights.get(r);
    const row = content.rows.get(r - 1);
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    if (!row || row.cols.length === 0) {
      out.push(`<row r="${r}"${ht}/>`);
      continue;
    }
    let xml = `<row r="${r}"${ht}>`;
    for (let k = 0; k < row.cols.length; k++) {
      xml += cellXml(`${letter(row.cols[k]!)}${r}`, row.values[k] ?? null, xf[row.styles[k]!]!);
    }
    out.push(`${xml}</row>`);
  }
  out.push("</sheetData>");
  return out.join("");
}

/** Text beginning with =, +, - or @ is a string cell: nothing we write is ever a formula. */
export function cellXml(ref: string, value: CellValue, s: number): string {
  const style = s > 0 ? ` s="${s}"` : "";
  if (value === null || value === "") return `<c r="${ref}"${style}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style}/>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = fitCellText(String(value));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
}

/**
 * Cell text as XML: markup escaped; characters XML cannot hold (controls) and text that reads
 * like Excel's own escape (`_x0041_`) written as Excel writes them (ECMA-376 §22.9.2.19 ST_Xstring).
 */
export function escapeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what this escapes
  return text.replace(/[&<>]|_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, (c) => {
    if (c === "&") return "&amp;";
    if (c === "<") return "&lt;";
    if (c === ">") return "&gt;";
    if (c === "_") return "_x005F_";
    return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
  });
}

/** A table part: header row, filter buttons, the block's table style with banded rows. */
export function tableXml(table: TableContent, id: number, name: string): string {
  const ref = `${columnLetter(table.left)}${table.top + 1}:${columnLetter(table.right)}${table.bottom + 1}`;
  const columns = table.columns
    .map((c, j) => `<tableColumn id="${j + 1}" name="${escapeXml(c).replace(/\r?\n/g, "_x000a_")}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${NS.main}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** `'Pricing Results'!$B$5` or `'Pricing Results'!$B$5:$B$9`. */
export function absoluteRef(sheet: string, top: number, col: number, bottom = top, right = col): string {
  const at = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  return `${sheetPrefix(sheet)}!${at(top, col)}${bottom === top && right === col ? "" : `:${at(bottom, right)}`}`;
}

export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}
