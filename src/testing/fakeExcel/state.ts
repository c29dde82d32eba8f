/**
 * The workbook behind the fake Excel: plain data that the proxies (one file per Office object: worksheet.ts, range.ts, table.ts, …) read and change
 * when a batch is synced, and that tests and the preview inspect directly. No Office.js, no Node.
 */
import type { CellValue } from "../../core/workbook/grid";
import { a1, columnLetter, parseA1, parseRangeA1, sheetPrefix } from "../../core/workbook/address";

/** Corners of a rectangle of cells, 0-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeFont {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
}

export interface FakeCell {
  value: CellValue;
  /** Set when what was written was read by Excel as a formula (text starting with =, + or -). */
  formula?: string;
  /** Text written with a leading apostrophe: stored as text, the apostrophe not part of the value. */
  quotePrefix?: boolean;
  numberFormat?: string;
  font?: FakeFont;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** RangeFill.color, upper-case #RRGGBB. */
  fill?: string;
  /** The bottom edge's colour when its style is a line (RangeBorder "EdgeBottom"). */
  borderBottom?: string;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** The whole table, header row included. */
  rect: Rect;
  style: string;
  showTotals: boolean;
}

export interface FakeSeries {
  name: string;
  /** Where the series' values and categories come from, e.g. "'Pricing Results'!E6:E9". */
  values: string | null;
  xValues: string | null;
  /** series.format.fill.setSolidColor / series.format.line: #RRGGBB as set (absent: the theme's). */
  fill?: string;
  line?: { color?: string; lineStyle?: string; weight?: number };
  /** Markers of a line chart with markers (ExcelApi 1.7). */
  markerColor?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  title: string;
  series: FakeSeries[];
  valueAxisTitle: string;
  categoryAxisTitle: string;
  /** valueAxis.numberFormat (ExcelApi 1.8); absent = linked to the source. */
  valueAxisNumberFormat?: string;
  legendPosition: string;
  /** Cells the chart covers, e.g. "L2:S18"; null until setPosition. */
  position: string | null;
}

export interface FakePageLayout {
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: string | null;
  centerHorizontally: boolean;
  margins: { top: number; bottom: number; left: number; right: number }; // points
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly charts: FakeChart[] = [];
  /** Column widths in points by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Hidden columns, 0-based (Range.columnHidden). */
  readonly hiddenColumns = new Set<number>();
  /** Row heights in points by 0-based row (rows not set keep the default 15). */
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  showGridlines = true;
  tabColor = "";
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Manual calculation (application.ts): results a recalculation would give these cells ("row,col" → value); until then they read their old value. */
  readonly pendingResults = new Map<string, CellValue>();
  /** Review ▸ Protect Sheet: every change to the sheet is refused (protection.ts). */
  protected = false;
  pageLayout: FakePageLayout = {
    orientation: "Portrait",
    zoom: { scale: 100 },
    printArea: null,
    centerHorizontally: false,
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4 },
  };

  constructor(
    public name: string,
    /** The workbook the sheet is in: a formula's references are resolved there. */
    readonly book: FakeWorkbook | null = null,
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** The cell, created blank if it is not there yet. */
  touch(row: number, col: number): FakeCell {
    const k = key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null };
      this.cells.set(k, c);
    }
    return c;
  }

  value(address: string): CellValue {
    const { row, col } = parseA1(address);
    return this.shown(row, col);
  }

  /** What the cell shows: its value, or for a formula the fake can follow (a reference) its result. */
  shown(row: number, col: number): CellValue {
    const c = this.cell(row, col);
    if (!c) return null;
    if (c.formula !== undefined && this.book) return this.book.evaluate(c.formula, this);
    return c.value;
  }

  /**
   * Range.clear(applyTo) (ExcelApi 1.1): "All" removes every cell in the rectangle (values,
   * formulas and formats), "Contents" its values and formulas, "Formats" its number formats, fonts,
   * wrapping and alignment (Excel.ClearApplyTo).
   */
  clear(rect: Rect, applyTo: "All" | "Contents" | "Formats" = "All"): void {
    for (const [k, cell] of [...this.cells.entries()]) {
      const [row, col] = k.split(",").map(Number) as [number, number];
      if (row < rect.top || row > rect.bottom || col < rect.left || col > rect.right) continue;
      if (applyTo === "All") this.cells.delete(k);
      else if (applyTo === "Contents") {
        cell.value = null;
        delete cell.formula;
        delete cell.quotePrefix;
      } else {
        delete cell.numberFormat;
        delete cell.font;
        delete cell.wrapText;
        delete cell.horizontalAlignment;
        delete cell.verticalAlignment;
      }
    }
  }

  /** Smallest rectangle holding every cell with a value (or with anything, when valuesOnly is false). */
  usedRect(valuesOnly = true, within?: Rect): Rect | null {
    let rect: Rect | null = null;
    for (const [k, c] of this.cells) {
      if (valuesOnly && (c.value === null || c.value === "") && c.formula === undefined) continue;
      const [row, col] = k.split(",").map(Number) as [number, number];
      if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
      rect = rect
        ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return rect;
  }

  /** Values of a rectangle, "" for empty cells (as Office.js returns them). */
  values(rect: Rect): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(this.shown(r, c) ?? "");
      out.push(row);
    }
    return out;
  }
}

export interface FakeName {
  name: string;
  /** The sheet the name refers to; null once that sheet was deleted (#REF!). */
  sheet: FakeSheet | null;
  /** Range on that sheet, e.g. "$A$1". */
  ref: string;
  /** NamedItem.visible: false hides it from Name Manager (ExcelApi 1.1). */
  visible: boolean;
  comment: string;
}

/** A failure the tests make Excel have: the `request`-th sync from now fails after running `afterOps` operations. */
export interface FakeFault {
  request: number;
  afterOps: number;
  code: string;
  message: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Every context.sync() call: operations, the size of what it sent and of what came back (characters of JSON). */
  readonly requests: { ops: number; bytes: number; responseBytes: number }[] = [];
  /**
   * Where the pretend Excel runs. Excel on the web (the default) has the platform bugs the
   * shell works around (the proxy files name each with its issue).
   */
  platform: "OfficeOnline" | "PC" | "Mac" = "OfficeOnline";
  /** The user is editing a cell: requests fail (or wait, with delayForCellEdit) until exitCellEdit(). */
  cellEditMode = false;
  /** OfficeDev/office-js#1860: fit-to-pages set through PageLayout.zoom may silently not apply. */
  ignoresFitToPages = false;
  /** The list separator of the user's locale, between the areas of a multi-area address ("," in English Excel, ";" in German). */
  listSeparator: "," | ";" = ",";
  /** Excel.run's mergeUndoGroup (ExcelApi 1.20): each request is an undo step of its own unless the batch's requests are merged into one. */
  undoSteps = 0;
  /** How a response over the 5 MB limit fails: the documented payload error, or a bare GeneralException (OfficeDev/office-js#1314). */
  oversizedReadAnswer: "ResponsePayloadSizeLimitExceeded" | "GeneralException" = "ResponsePayloadSizeLimitExceeded";
  /** The workbook's date system (File ▸ Options ▸ Advanced, "Use 1904 date system"; Mac workbooks): serials count from 1 January 1904. */
  date1904 = false;
  /** Excel.CalculationMode: in "Manual", formulas keep their old results until calculate() (application.ts). */
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";

  /** Application.calculate: every pending result becomes its cell's value. */
  recalculate(): void {
    for (const sheet of this.sheets) {
      for (const [k, v] of sheet.pendingResults) {
        const [row, col] = k.split(",").map(Number) as [number, number];
        sheet.touch(row, col).value = v;
      }
      sheet.pendingResults.clear();
    }
  }

  /** Review ▸ Protect Workbook (structure): sheets cannot be added, deleted, renamed, moved, hidden or shown. */
  structureProtected = false;
  /** Failures to inject, see failRequest. */
  readonly faults: FakeFault[] = [];
  private editWaiters: (() => void)[] = [];

  /** Make a coming request fail: the `request`-th sync from now (1 = the next), after `afterOps` of its operations ran. */
  failRequest(request: number, afterOps = 0, code = "GeneralException", message = "The request was dropped (injected by the test)."): void {
    this.faults.push({ request: this.requests.length + request, afterOps, code, message });
  }

  /** The user pressed Enter or Esc: requests waiting with delayForCellEdit go ahead. */
  exitCellEdit(): void {
    this.cellEditMode = false;
    const waiting = this.editWaiters;
    this.editWaiters = [];
    for (const w of waiting) w();
  }

  /** Resolves once the user leaves cell-edit mode. */
  cellEditDone(): Promise<void> {
    return this.cellEditMode ? new Promise((resolve) => this.editWaiters.push(resolve)) : Promise.resolve();
  }

  /**
   * A formula's result, for the formulas the fake follows: a single reference to a cell
   * (`='Pricing Results'!B7`, `=Sheet1!C2`, `=B3`) or to a workbook name (`=Pricer_AnnualRevenue`).
   * A reference to a deleted sheet reads #REF!, as in Excel; any other formula #NAME? (not calculated).
   */
  evaluate(formula: string, from: FakeSheet, depth = 0): CellValue {
    const body = formula.replace(/^=/, "").trim();
    if (body.includes("#REF!") || depth > 20) return "#REF!";
    const column = /^SUM\(([\p{L}_\\][\p{L}\p{N}_.]*)\[([^\]]+)\]\)$/iu.exec(body);
    if (column) return this.sumTableColumn(column[1]!, column[2]!);
    const ref = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(body);
    if (ref) {
      const sheetName = ref[1]?.replace(/''/g, "'") ?? ref[2];
      const sheet = sheetName === undefined ? from : this.sheet(sheetName);
      if (!sheet) return "#REF!";
      const { row, col } = parseA1(`${ref[3]}${ref[4]}`);
      const c = sheet.cell(row, col);
      if (!c) return 0; // a reference to an empty cell shows 0
      return c.formula !== undefined ? this.evaluate(c.formula, sheet, depth + 1) : (c.value ?? 0);
    }
    const named = /^[A-Za-z_\\][\w.]*$/.test(body) ? this.name(body) : undefined;
    if (named) {
      if (!named.sheet) return "#REF!";
      const { row, col } = parseA1(named.ref.replace(/\$/g, "").split(":")[0]!);
      const c = named.sheet.cell(row, col);
      if (!c) return 0;
      return c.formula !== undefined ? this.evaluate(c.formula, named.sheet, depth + 1) : (c.value ?? 0);
    }
    return "#NAME?";
  }

  get syncs(): number {
    return this.requests.length;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The sheet of that name; throws when there is none (tests read the results this way). */
  get(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`No sheet named ${name}; the workbook has ${this.sheetNames().join(", ")}`);
    return s;
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => sameName(t.name, name));
  }

  tablesOn(sheet: string): FakeTable[] {
    return this.tables.filter((t) => sameName(t.sheet.name, sheet));
  }

  name(name: string): FakeName | undefined {
    return this.names.find((n) => sameName(n.name, name));
  }

  addSheet(name: string): FakeSheet {
    checkSheetName(name);
    if (this.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    const s = new FakeSheet(name, this);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = s;
    return s;
  }

  deleteSheet(sheet: FakeSheet): void {
    // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation
    // will fail with an InvalidOperation exception" (Excel JavaScript API reference, Excel.Worksheet).
    if (sheet.visibility === "VeryHidden") {
      throw new FakeExcelError("InvalidOperation", "A very hidden worksheet can't be deleted: make it hidden or visible first.");
    }
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]!.sheet === sheet) this.tables.splice(i, 1);
    for (const n of this.names) if (n.sheet === sheet) n.sheet = null;
    // Formulas elsewhere that pointed into the deleted sheet now read #REF! (Excel rewrites
    // ='Pricing Results'!B7 as =#REF!B7): the user's links are lost with the sheet.
    for (const other of this.sheets) {
      for (const c of other.cells.values()) {
        if (c.formula !== undefined && referencesSheet(c.formula, sheet.name)) c.formula = rewriteRefs(c.formula, sheet.name);
      }
    }
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
    if (this.selection && sameName(this.selection.sheet, sheet.name)) this.selection = null;
  }

  addTable(sheet: FakeSheet, rect: Rect, name?: string): FakeTable {
    for (const t of this.tables) {
      if (t.sheet === sheet && overlaps(t.rect, rect)) {
        throw new FakeExcelError("InvalidOperation", `A table can't overlap another table (${t.name}).`);
      }
    }
    // Excel gives a header-only table one blank data row.
    const full = rect.bottom === rect.top ? { ...rect, bottom: rect.top + 1 } : rect;
    // Headers become unique, non-empty text.
    const seen = new Set<string>();
    for (let c = full.left; c <= full.right; c++) {
      const cell = sheet.touch(full.top, c);
      let text = cell.value === null || cell.value === "" ? `Column${c - full.left + 1}` : String(cell.value);
      for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${String(cell.value)}${n}`;
      seen.add(text.toLowerCase());
      cell.value = text;
    }
    const table: FakeTable = { name: name ?? this.freeTableName(), sheet, rect: full, style: "TableStyleMedium2", showTotals: false };
    this.tables.push(table);
    return table;
  }

  /** `=SUM(Table[Column])`, a structured reference to a table column's data rows. */
  private sumTableColumn(tableName: string, columnName: string): CellValue {
    const t = this.table(tableName);
    if (!t) return "#REF!";
    let col = -1;
    for (let c = t.rect.left; c <= t.rect.right; c++) if (sameName(String(t.sheet.cell(t.rect.top, c)?.value ?? ""), columnName)) col = c;
    if (col < 0) return "#REF!";
    let sum = 0;
    for (let r = t.rect.top + 1; r <= t.rect.bottom - (t.showTotals ? 1 : 0); r++) {
      const v = t.sheet.cell(r, col)?.value;
      if (typeof v === "number") sum += v;
    }
    return sum;
  }

  /**
   * Table.delete: the table and its cells go, and every formula that referred to it by a
   * structured reference (`PricingClients[Revenue]`) now reads #REF! (as in Excel, for good).
   */
  deleteTable(table: FakeTable): void {
    this.tables.splice(this.tables.indexOf(table), 1);
    const ref = new RegExp(`(^|[^\\p{L}\\p{N}_.])${table.name.replace(/[.\\]/g, "\\$&")}\\[[^\\]]*\\]`, "giu");
    for (const sheet of this.sheets) {
      for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = cell.formula.replace(ref, "$1#REF!");
    }
  }

  /**
   * Table.resize (ExcelApi 1.13): "The headers must remain in the same row, and the resulting
   * table range must overlap the original table range" (Excel.Table.resize reference).
   */
  resizeTable(table: FakeTable, rect: Rect): void {
    if (rect.top !== table.rect.top || !overlaps(rect, table.rect) || rect.bottom <= rect.top) {
      throw new FakeExcelError("InvalidArgument", "The table's header row must stay in the same row and the new range must overlap the old one.");
    }
    for (const t of this.tables) {
      if (t !== table && t.sheet === table.sheet && overlaps(t.rect, rect)) throw new FakeExcelError("InvalidOperation", `A table can't overlap another table (${t.name}).`);
    }
    table.rect = { ...rect };
  }

  renameTable(table: FakeTable, name: string): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
      throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid table name.`);
    }
    const other = this.table(name) ?? this.name(name);
    if (other && other !== table) throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" is already used.`);
    table.name = name;
  }

  addName(name: string, sheet: FakeSheet, rect: Rect): FakeName {
    if (this.name(name) || this.table(name)) throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists.`);
    const ref = absolute(rect);
    const n: FakeName = { name, sheet, ref, visible: true, comment: "" };
    this.names.push(n);
    return n;
  }

  private freeTableName(): string {
    for (let i = 1; ; i++) if (!this.table(`Table${i}`)) return `Table${i}`;
  }
}

/** Errors carry Office.js's error codes (OfficeExtension.Error.code). */
export class FakeExcelError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** Sheet-qualified references to `sheet` in a formula: 'Pricing Results'!B7, Clients!A1. */
function sheetRefPattern(sheet: string): RegExp {
  const quoted = `'${sheet.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}'`;
  const plain = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:${quoted}|\\b${plain})!`, "gi");
}

function referencesSheet(formula: string, sheet: string): boolean {
  return sheetRefPattern(sheet).test(formula);
}

function rewriteRefs(formula: string, sheet: string): string {
  return formula.replace(sheetRefPattern(sheet), "#REF!");
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid sheet name.`);
  }
}

/** "A1:C5" (sheet-relative, $ allowed, single cells and whole columns "B:B") → its corners. */
export function parseRect(address: string): Rect {
  const plain = address.replace(/\$/g, "");
  const col = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(plain);
  if (col) {
    const l = parseA1(`${col[1]}1`).col;
    const r = parseA1(`${col[2]}1`).col;
    return { top: 0, left: Math.min(l, r), bottom: 1_048_575, right: Math.max(l, r) };
  }
  try {
    return parseRangeA1(plain);
  } catch {
    throw new FakeExcelError("InvalidArgument", `"${address}" is not a range address.`);
  }
}

/** "B2:D9" for the rectangle (one cell: "B2"). */
export function rectAddress(rect: Rect): string {
  const first = a1(rect.top, rect.left);
  const last = a1(rect.bottom, rect.right);
  return first === last ? first : `${first}:${last}`;
}

/** "'Pricing Results'!B2:D9", as Range.address reads. */
export function fullAddress(sheet: string, rect: Rect): string {
  return `${sheetPrefix(sheet)}!${rectAddress(rect)}`;
}

function absolute(rect: Rect): string {
  const cell = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  const first = cell(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${cell(rect.bottom, rect.right)}`;
}

/**
 * What Excel makes of a value written through Range.values, as if typed: a leading apostrophe
 * keeps text as text (the apostrophe is not part of the value); text starting with =, + or - is
 * read as a formula ("If the provided value starts with a plus, minus, or equal sign, Excel
 * interprets this value as a formula": Excel JavaScript API reference, Range.values); numeric
 * text becomes a number ("1,200", "$120" with a currency format, "50%" as 0.5), date-like text
 * a date serial ("1/2", "15-Feb", "Jan 5": Microsoft support, "Stop automatically changing
 * numbers to dates", which also names the apostrophe as the way to keep the text), and
 * TRUE/FALSE a boolean.
 */
export function enterValue(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return; // null leaves the cell as it was
  delete cell.formula;
  delete cell.quotePrefix;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeExcelError("InvalidArgument", `${input} is not a value Excel can hold.`);
    cell.value = input;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") throw new FakeExcelError("InvalidArgument", `Cannot write ${typeof input} to a cell.`);
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const typed = typedValue(input);
  if (typed !== null) {
    cell.value = typed.value;
    if (typed.format && (cell.numberFormat === undefined || cell.numberFormat === "General")) cell.numberFormat = typed.format;
  } else if (/^[=+\-@]/.test(input) && input.length > 1) {
    cell.formula = input.startsWith("@") ? `=${input.slice(1)}` : input;
    cell.value = "#NAME?";
  } else if (/^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === "true";
  } else {
    cell.value = input === "" ? null : input;
  }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Excel's date serial (1900 system) of a calendar day. */
function dateSerial(year: number, month0: number, day: number): number {
  return Math.round((Date.UTC(year, month0, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function validDay(month0: number, day: number): boolean {
  return month0 >= 0 && month0 < 12 && day >= 1 && day <= 31;
}

/** Text Excel reads as a number or a date when typed (en-US), with the format it gives the cell. */
function typedValue(text: string): { value: number; format?: string } | null {
  const t = text.trim();
  const number = /^([+-]?)([$€£¥]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(%?)$/.exec(t);
  if (number && (number[3] !== undefined || number[4] !== undefined)) {
    const n = Number(`${number[1]}${(number[3] ?? "0").replace(/,/g, "")}${number[4] ?? ""}`);
    if (number[5]) return { value: n / 100, format: "0%" };
    if (number[2]) return { value: n, format: `${number[2]}#,##0` };
    return { value: n };
  }
  const year = new Date().getFullYear();
  const md = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(t); // 1/2 → 2 January this year
  if (md && validDay(Number(md[1]) - 1, Number(md[2]))) {
    const y = md[3] === undefined ? year : Number(md[3]) < 100 ? 2000 + Number(md[3]) : Number(md[3]);
    return { value: dateSerial(y, Number(md[1]) - 1, Number(md[2])), format: "m/d/yyyy" };
  }
  const dm = /^(\d{1,2})[-\s]([A-Za-z]{3,9})$/.exec(t); // 15-Feb
  if (dm && MONTHS.includes(dm[2]!.slice(0, 3).toLowerCase()) && validDay(MONTHS.indexOf(dm[2]!.slice(0, 3).toLowerCase()), Number(dm[1]))) {
    return { value: dateSerial(year, MONTHS.indexOf(dm[2]!.slice(0, 3).toLowerCase()), Number(dm[1])), format: "d-mmm" };
  }
  const mdText = /^([A-Za-z]{3,9})\.?[-\s](\d{1,2})$/.exec(t); // Jan 5
  if (mdText && MONTHS.includes(mdText[1]!.slice(0, 3).toLowerCase()) && validDay(MONTHS.indexOf(mdText[1]!.slice(0, 3).toLowerCase()), Number(mdText[2]))) {
    return { value: dateSerial(year, MONTHS.indexOf(mdText[1]!.slice(0, 3).toLowerCase()), Number(mdText[2])), format: "d-mmm" };
  }
  return null;
}
