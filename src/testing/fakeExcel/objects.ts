/**
 * The Excel object model the shell uses, as strict proxies over the in-memory workbook:
 * workbook, worksheets, ranges (values, number formats, fonts, widths, heights), defined names, tables,
 * charts, freeze panes and page layout. Every write waits for context.sync(); every read needs
 * load() and a sync first. Requirement sets are enforced at sync time (ExcelApi 1.8 gridlines,
 * 1.9 page layout), so a shell that forgets to check them fails here as it would in an old Excel.
 */
import type { CellValue } from "../../core/workbook/grid";
import { FakeCollection, FakeObject, type FakeContext } from "./context";
import { FakeRangeAreas, FakeRangeView, mergedAreas, sheetFacts } from "./views";
import {
  FakeExcelError,
  enterValue,
  fullAddress,
  parseRect,
  rectAddress,
  sameName,
  type FakeChart,
  type FakeName,
  type FakePageLayout,
  type FakeSeries,
  type FakeSheet,
  type FakeTable,
  type Rect,
} from "./state";

/** A sheet that still exists in the workbook, or null. */
function live(ctx: FakeContext, sheet: FakeSheet | null): FakeSheet | null {
  return sheet && ctx.book.sheets.includes(sheet) ? sheet : null;
}

export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNameCollection;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, () => null);
    this.names = new FakeNameCollection(ctx);
  }

  getSelectedRange(): FakeRange {
    const book = this.ctx.book;
    return new FakeRange(
      this.ctx,
      () => (book.selection ? (book.sheet(book.selection.sheet) ?? null) : book.activeSheet),
      () => (book.selection ? parseRect(book.selection.address) : { top: 0, left: 0, bottom: 0, right: 0 }),
    );
  }
}

// ---------------------------------------------------------------- worksheets

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
  protected all(): FakeSheet[] {
    return [...this.ctx.book.sheets];
  }

  protected proxy(sheet: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => live(this.ctx, sheet));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.book.sheet(name);
      if (!s) throw new FakeExcelError("ItemNotFound", `The worksheet "${name}" does not exist.`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.activeSheet);
  }

  add(name: string): FakeWorksheet {
    let made: FakeSheet | null = null;
    this.ctx.enqueue({ add: name }, () => {
      made = this.ctx.book.addSheet(name);
      this.ctx.addedThisRequest.add(made);
    });
    return new FakeWorksheet(this.ctx, () => live(this.ctx, made));
  }
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  protected readonly kind = "worksheet";

  protected override alive(s: FakeSheet): boolean {
    return this.ctx.book.sheets.includes(s);
  }

  protected readers(s: FakeSheet): Record<string, () => unknown> {
    return {
      name: () => s.name,
      position: () => this.ctx.book.sheets.indexOf(s),
      visibility: () => s.visibility,
      tabColor: () => s.tabColor,
      showGridlines: () => s.showGridlines,
    };
  }

  protected override defaultLoad(): string[] {
    return ["name", "position", "visibility"];
  }

  private sheet(): FakeSheet | null {
    try {
      return this.target();
    } catch {
      return null;
    }
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.queue({ name: value }, (s) => {
      // OfficeDev/office-js#3218: on Excel on the web, renaming the sheet the user is on fails
      // ("Invalid sheet. The worksheet that you requested does not exist in the workbook").
      if (this.ctx.book.platform === "OfficeOnline" && this.ctx.book.activeSheet === s && s.name !== value) {
        throw new FakeExcelError("ItemNotFound", "Invalid sheet: the worksheet that you requested does not exist in the workbook (renaming the active sheet on Excel on the web).");
      }
      const other = this.ctx.book.sheet(value);
      if (other && other !== s) throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${value} already exists.`);
      s.name = value;
    });
  }

  get position(): number {
    return this.read("position");
  }

  set position(value: number) {
    this.queue({ position: value }, (s) => {
      const sheets = this.ctx.book.sheets;
      if (value < 0 || value >= sheets.length) throw new FakeExcelError("InvalidArgument", `No position ${value}.`);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(value, 0, s);
    });
  }

  get visibility(): string {
    return this.read("visibility");
  }

  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.queue({ visibility: value }, (s) => {
      if (value !== "Visible") {
        const visible = this.ctx.book.sheets.filter((x) => x.visibility === "Visible" && x !== s);
        if (visible.length === 0) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      s.visibility = value;
    });
  }

  get tabColor(): string {
    return this.read("tabColor");
  }

  set tabColor(value: string) {
    this.queue({ tabColor: value }, (s) => {
      this.ctx.requireApi("1.7", "Worksheet.tabColor");
      s.tabColor = value;
    });
  }

  get showGridlines(): boolean {
    return this.read("showGridlines");
  }

  set showGridlines(value: boolean) {
    this.queue({ showGridlines: value }, (s) => {
      this.ctx.requireApi("1.8", "Worksheet.showGridlines");
      s.showGridlines = value;
    });
  }

  delete(): void {
    this.queue({ delete: true }, (s) => this.ctx.book.deleteSheet(s));
  }

  activate(): void {
    this.queue({ activate: true }, (s) => {
      // OfficeDev/office-js#930: on Excel on the web, activating a sheet added in the same request
      // may do nothing ("adding another await context.sync() before sheet.activate()" is the workaround).
      if (this.ctx.book.platform === "OfficeOnline" && this.ctx.addedThisRequest.has(s)) return;
      if (s.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", "A hidden worksheet can't be activated.");
      this.ctx.book.activeSheet = s;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => this.sheet(), () =>
      address === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : parseRect(address),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => this.sheet(), () => ({ top: row, left: column, bottom: row, right: column }));
  }

  /** Office.js returns A1 for a blank sheet. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => this.sheet(), () =>
      this.target().usedRect(valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.sheet();
        return s && s.usedRect(valuesOnly ?? false) ? s : null;
      },
      () => this.target().usedRect(valuesOnly ?? false)!,
    );
  }

  get tables(): FakeTableCollection {
    return this.nav("tables", () => new FakeTableCollection(this.ctx, () => this.target()));
  }

  get charts(): FakeChartCollection {
    return this.nav("charts", () => new FakeChartCollection(this.ctx, () => this.target()));
  }

  get freezePanes(): FakeFreezePanes {
    return this.nav("freezePanes", () => new FakeFreezePanes(this.ctx, () => this.sheet()));
  }

  get pageLayout(): FakePageLayoutObject {
    return this.nav("pageLayout", () => new FakePageLayoutObject(this.ctx, () => this.sheet()));
  }
}

export class FakeFreezePanes extends FakeObject<FakeSheet> {
  protected readonly kind = "freeze panes";

  protected readers(): Record<string, () => unknown> {
    return {};
  }

  freezeRows(count = 1): void {
    this.queue({ freezeRows: count }, (s) => {
      this.ctx.requireApi("1.7", "WorksheetFreezePanes.freezeRows");
      // OfficeDev/office-js#3148: freezing panes on a sheet that is not active makes Excel take it
      // for the active sheet (WorksheetActivated fires) while another one is shown; activate first.
      if (this.ctx.book.activeSheet !== s) this.ctx.book.activeSheet = s;
      s.frozenRows = count;
    });
  }

  unfreeze(): void {
    this.queue({ unfreeze: true }, (s) => {
      s.frozenRows = 0;
    });
  }
}

export class FakePageLayoutObject extends FakeObject<FakeSheet> {
  protected readonly kind = "page layout";

  protected readers(s: FakeSheet): Record<string, () => unknown> {
    return {
      orientation: () => s.pageLayout.orientation,
      centerHorizontally: () => s.pageLayout.centerHorizontally,
      zoom: () => ({ ...s.pageLayout.zoom }),
    };
  }

  private set1_9(payload: Record<string, unknown>, apply: (layout: FakePageLayout) => void): void {
    this.queue(payload, (s) => {
      this.ctx.requireApi("1.9", "PageLayout");
      apply(s.pageLayout);
    });
  }

  set orientation(value: "Portrait" | "Landscape") {
    this.set1_9({ orientation: value }, (l) => {
      l.orientation = value;
    });
  }

  get zoom(): FakePageLayout["zoom"] {
    return this.read("zoom");
  }

  set zoom(value: FakePageLayout["zoom"]) {
    this.set1_9({ zoom: value }, (l) => {
      // OfficeDev/office-js#1860: horizontalFitToPages / verticalFitToPages may silently not be set
      // (reported when the Page Layout tab is not selected); reading zoom back shows it.
      if (this.ctx.book.ignoresFitToPages && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) return;
      l.zoom = { ...value };
    });
  }

  set centerHorizontally(value: boolean) {
    this.set1_9({ centerHorizontally: value }, (l) => {
      l.centerHorizontally = value;
    });
  }

  set topMargin(value: number) {
    this.set1_9({ topMargin: value }, (l) => {
      l.margins.top = value;
    });
  }

  set bottomMargin(value: number) {
    this.set1_9({ bottomMargin: value }, (l) => {
      l.margins.bottom = value;
    });
  }

  set leftMargin(value: number) {
    this.set1_9({ leftMargin: value }, (l) => {
      l.margins.left = value;
    });
  }

  set rightMargin(value: number) {
    this.set1_9({ rightMargin: value }, (l) => {
      l.margins.right = value;
    });
  }

  setPrintArea(printArea: FakeRange | string): void {
    this.set1_9({ setPrintArea: typeof printArea === "string" ? printArea : "<range>" }, (l) => {
      l.printArea = typeof printArea === "string" ? rectAddress(parseRect(printArea)) : printArea.rectNow();
    });
  }
}

// ---------------------------------------------------------------- ranges

/** 0-based index of a worksheet's last row (row 1,048,576) and column (XFD). */
const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;
/** Cells one get operation may read. */
export const CELL_READ_LIMIT = 5_000_000;

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

export class FakeRange extends FakeObject<RangeTarget> {
  protected readonly kind = "range";

  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet | null,
    private readonly rectOf: () => Rect,
  ) {
    super(ctx, () => {
      const sheet = sheetOf();
      return sheet ? { sheet, rect: rectOf() } : null;
    });
  }

  protected readers({ sheet, rect }: RangeTarget): Record<string, () => unknown> {
    // "On all platforms, a range is limited to five million cells for get operations" (Excel
    // JavaScript API performance optimization, "Payload size limit best practices").
    const cells = (what: () => unknown) => () => {
      const count = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      if (count > CELL_READ_LIMIT) throw new FakeExcelError("RangeExceedsLimit", `The cell count in the range (${count}) has exceeded the maximum supported number (${CELL_READ_LIMIT}).`);
      return what();
    };
    return {
      values: cells(() => sheet.values(rect)),
      numberFormat: cells(() => mapRect(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? "General")),
      formulas: cells(() => mapRect(rect, (r, c) => sheet.cell(r, c)?.formula ?? sheetFacts(sheet).formulas.get(`${r},${c}`) ?? sheet.cell(r, c)?.value ?? "")),
      address: () => fullAddress(sheet.name, rect),
      rowIndex: () => rect.top,
      columnIndex: () => rect.left,
      rowCount: () => rect.bottom - rect.top + 1,
      columnCount: () => rect.right - rect.left + 1,
      columnHidden: () => {
        for (let c = rect.left; c <= rect.right; c++) if (!sheet.hiddenColumns.has(c)) return false;
        return true;
      },
    };
  }

  protected override defaultLoad(): string[] {
    return ["values", "address", "rowIndex", "columnIndex", "rowCount", "columnCount"];
  }

  /** Used inside other operations that take a range argument: "Sheet!A1:B2" now. */
  addressNow(): string {
    const { sheet, rect } = this.target();
    return fullAddress(sheet.name, rect);
  }

  rectNow(): string {
    return rectAddress(this.target().rect);
  }

  sheetNow(): FakeSheet {
    return this.target().sheet;
  }

  rectValue(): Rect {
    return this.target().rect;
  }

  get values(): CellValue[][] {
    return this.read("values");
  }

  set values(input: unknown) {
    this.queue({ values: input }, ({ sheet, rect }) => {
      eachCell(rect, input, "values", (r, c, v) => enterValue(sheet.touch(r, c), v));
    });
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(input: unknown) {
    this.queue({ numberFormat: input }, ({ sheet, rect }) => {
      eachCell(rect, input, "numberFormat", (r, c, v) => {
        if (v === null || v === undefined) return; // null is ignored, as in Office.js
        if (typeof v !== "string") throw new FakeExcelError("InvalidArgument", "A number format is text.");
        sheet.touch(r, c).numberFormat = v;
      });
    });
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }

  get address(): string {
    return this.read("address");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get columnHidden(): boolean {
    return this.read("columnHidden");
  }

  /** Hides (or shows) every column the range touches, as Excel does (ExcelApi 1.2). */
  set columnHidden(hidden: boolean) {
    this.queue({ columnHidden: hidden }, ({ sheet, rect }) => {
      this.ctx.requireApi("1.2", "Range.columnHidden");
      if (typeof hidden !== "boolean") throw new FakeExcelError("InvalidArgument", "columnHidden is true or false.");
      for (let c = rect.left; c <= rect.right; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  get format(): FakeRangeFormat {
    return this.nav("format", () => new FakeRangeFormat(this.ctx, () => {
      try {
        return this.target();
      } catch {
        return null;
      }
    }));
  }

  get worksheet(): FakeWorksheet {
    return this.nav("worksheet", () => new FakeWorksheet(this.ctx, () => this.sheetOf()));
  }

  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      const a = this.rectOf();
      const b = typeof other === "string" ? parseRect(other) : other.rectValue();
      return {
        top: Math.min(a.top, b.top),
        left: Math.min(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.max(a.right, b.right),
      };
    });
  }

  /** Rows just under this range, as wide as it (ExcelApi 1.2); past the sheet's last row the request fails. */
  getRowsBelow(count = 1): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      this.ctx.requireApi("1.2", "Range.getRowsBelow");
      if (!Number.isInteger(count) || count < 1) {
        throw new FakeExcelError("InvalidArgument", `getRowsBelow(${count}): the fake models a positive whole count only.`);
      }
      const r = this.rectOf();
      if (r.bottom + count > LAST_ROW) {
        throw new FakeExcelError("InvalidArgument", "The range would be outside the bounds of the worksheet grid.");
      }
      return { ...r, top: r.bottom + 1, bottom: r.bottom + count };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      const r = this.rectOf();
      return { top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column };
    });
  }

  /** One column of the range (ExcelApi 1.1). */
  getColumn(column: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      const r = this.rectOf();
      return { ...r, left: r.left + column, right: r.left + column };
    });
  }

  /** The range's cells in rows that are not hidden (ExcelApi 1.3); see views.ts. */
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.ctx, () => {
      this.ctx.requireApi("1.3", "Range.getVisibleView");
      const sheet = this.sheetOf();
      return sheet ? { sheet, rect: this.rectOf() } : null;
    });
  }

  /** The merged areas the range touches, or a null object (ExcelApi 1.13); see views.ts. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
      const sheet = this.sheetOf();
      return mergedAreas(sheet ? { sheet, rect: this.rectOf() } : null);
    });
  }

  /** Same top-left cell, this many rows and columns (ExcelApi 1.7); past the grid the request fails. */
  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      this.ctx.requireApi("1.7", "Range.getAbsoluteResizedRange");
      const r = this.rectOf();
      const out = { top: r.top, left: r.left, bottom: r.top + numRows - 1, right: r.left + numColumns - 1 };
      if (numRows < 1 || numColumns < 1 || out.bottom > LAST_ROW || out.right > LAST_COL) {
        throw new FakeExcelError("InvalidArgument", "The range would be outside the bounds of the worksheet grid.");
      }
      return out;
    });
  }

  /** The overlap of two ranges of one sheet; none fails the request (getIntersectionOrNullObject does not). */
  getIntersection(other: FakeRange | string): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      const both = intersect(this.rectOf(), typeof other === "string" ? parseRect(other) : other.rectValue());
      if (!both) throw new FakeExcelError("ItemNotFound", "The ranges do not intersect.");
      return both;
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    const both = () => intersect(this.rectOf(), typeof other === "string" ? parseRect(other) : other.rectValue());
    return new FakeRange(this.ctx, () => (both() ? this.sheetOf() : null), () => both()!);
  }

  /** The used cells within this range (ExcelApi 1.4 for the OrNullObject form): null when there are none. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const used = () => {
      const sheet = this.sheetOf();
      const within = sheet?.usedRect(valuesOnly ?? false, this.rectOf());
      return within ?? null;
    };
    return new FakeRange(this.ctx, () => (used() ? this.sheetOf() : null), () => used()!);
  }

  /** Range.clear: values, formulas and formats of every cell (ExcelApi 1.1). */
  clear(applyTo?: string): void {
    this.queue({ clear: applyTo ?? "All" }, ({ sheet, rect }) => {
      if (applyTo !== undefined && applyTo !== "All") throw new FakeExcelError("InvalidArgument", "The fake models clear(\"All\") only.");
      sheet.clear(rect);
    });
  }

  select(): void {
    this.queue({ select: true }, ({ sheet, rect }) => {
      // OfficeDev/office-js#5118: select() works only on the sheet that is already active; a sheet
      // activated in the same request is not yet, so the selection stays where it was.
      if (this.ctx.activeAtStart !== sheet) return;
      this.ctx.book.activeSheet = sheet;
      this.ctx.book.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }
}

function intersect(a: Rect, b: Rect): Rect | null {
  const out = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return out.top <= out.bottom && out.left <= out.right ? out : null;
}

function mapRect<V>(rect: Rect, f: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

/** A 2-D input must match the range exactly; a single value applies to every cell (Office.js docs). */
function eachCell(rect: Rect, input: unknown, what: string, f: (r: number, c: number, v: unknown) => void): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new FakeExcelError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
      );
    }
    (input as unknown[][]).forEach((row, i) => row.forEach((v, j) => f(rect.top + i, rect.left + j, v)));
    return;
  }
  if (rows * cols > 2_000_000) throw new FakeExcelError("InvalidArgument", "Range too large for a cell-by-cell update.");
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c, input);
}

export class FakeRangeFormat extends FakeObject<RangeTarget> {
  protected readonly kind = "range format";

  protected readers({ sheet, rect }: RangeTarget): Record<string, () => unknown> {
    return {
      columnWidth: () => sheet.columnWidths.get(rect.left) ?? 48,
      rowHeight: () => sheet.rowHeights.get(rect.top) ?? 15,
      wrapText: () => sheet.cell(rect.top, rect.left)?.wrapText ?? false,
    };
  }

  private each(payload: Record<string, unknown>, f: (sheet: FakeSheet, r: number, c: number) => void): void {
    this.queue(payload, ({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(sheet, r, c);
    });
  }

  get font(): FakeRangeFont {
    return this.nav("font", () => new FakeRangeFont(this.ctx, () => {
      try {
        return this.target();
      } catch {
        return null;
      }
    }));
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }

  set columnWidth(points: number) {
    this.queue({ columnWidth: points }, ({ sheet, rect }) => {
      this.ctx.requireApi("1.2", "RangeFormat.columnWidth");
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }

  /** Every row of the range, in points; Excel refuses a height outside 0–409. */
  set rowHeight(points: number) {
    this.queue({ rowHeight: points }, ({ sheet, rect }) => {
      this.ctx.requireApi("1.2", "RangeFormat.rowHeight");
      if (!(points >= 0 && points <= 409)) throw new FakeExcelError("InvalidArgument", `A row height of ${points} points is out of range.`);
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }

  /** RangeFormat.useStandardHeight = true (ExcelApi 1.7): the rows go back to the standard height. */
  set useStandardHeight(value: boolean) {
    this.queue({ useStandardHeight: value }, ({ sheet, rect }) => {
      this.ctx.requireApi("1.7", "RangeFormat.useStandardHeight");
      if (value !== true) throw new FakeExcelError("InvalidArgument", "useStandardHeight can only be set to true.");
      for (const r of [...sheet.rowHeights.keys()]) if (r >= rect.top && r <= rect.bottom) sheet.rowHeights.delete(r);
    });
  }

  set wrapText(value: boolean) {
    this.each({ wrapText: value }, (s, r, c) => {
      s.touch(r, c).wrapText = value;
    });
  }

  set horizontalAlignment(value: string) {
    this.each({ horizontalAlignment: value }, (s, r, c) => {
      s.touch(r, c).horizontalAlignment = value;
    });
  }

  set verticalAlignment(value: string) {
    this.each({ verticalAlignment: value }, (s, r, c) => {
      s.touch(r, c).verticalAlignment = value;
    });
  }

  /** RangeFill (ExcelApi 1.1): color is "#RRGGBB" or a named HTML colour (learn.microsoft.com/javascript/api/excel/excel.rangefill). */
  get fill(): { color: string } {
    const each = (payload: Record<string, unknown>, f: (s: FakeSheet, r: number, c: number) => void) => this.each(payload, f);
    return {
      set color(value: string) {
        each({ fill: value }, (s, r, c) => {
          s.touch(r, c).fill = cellColor(value);
        });
      },
      get color(): string {
        throw new FakeExcelError("PropertyNotLoaded", "The fake does not load fills.");
      },
    };
  }

  /**
   * RangeBorderCollection.getItem(index) (ExcelApi 1.1; learn.microsoft.com/javascript/api/excel/excel.rangeborder):
   * the fake models the bottom edge only. Its style, weight and colour are checked against
   * Excel.BorderLineStyle, Excel.BorderWeight and the #RRGGBB form.
   */
  get borders(): { getItem(index: string): { style: string; weight: string; color: string } } {
    const each = (payload: Record<string, unknown>, f: (s: FakeSheet, r: number, c: number) => void) => this.each(payload, f);
    return {
      getItem(index: string) {
        if (index !== "EdgeBottom") throw new FakeExcelError("InvalidArgument", `The fake models the EdgeBottom border only, not ${index}.`);
        return {
          set style(value: string) {
            each({ borderStyle: value }, (s, r, c) => {
              if (!BORDER_STYLES.has(value)) throw new FakeExcelError("InvalidArgument", `"${value}" is not a BorderLineStyle.`);
              const cell = s.touch(r, c);
              if (value === "None") delete cell.borderBottom;
              else cell.borderBottom = cell.borderBottom ?? "#000000";
            });
          },
          get style(): string {
            throw new FakeExcelError("PropertyNotLoaded", "The fake does not load borders.");
          },
          set weight(value: string) {
            each({ borderWeight: value }, () => {
              if (!BORDER_WEIGHTS.has(value)) throw new FakeExcelError("InvalidArgument", `"${value}" is not a BorderWeight.`);
            });
          },
          get weight(): string {
            throw new FakeExcelError("PropertyNotLoaded", "The fake does not load borders.");
          },
          set color(value: string) {
            each({ borderColor: value }, (s, r, c) => {
              s.touch(r, c).borderBottom = cellColor(value);
            });
          },
          get color(): string {
            throw new FakeExcelError("PropertyNotLoaded", "The fake does not load borders.");
          },
        };
      },
    };
  }
}

/** Excel.BorderLineStyle and Excel.BorderWeight values. */
const BORDER_STYLES = new Set(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]);
const BORDER_WEIGHTS = new Set(["Hairline", "Thin", "Medium", "Thick"]);

/** A cell colour as Office.js takes it: "#RRGGBB" (the fake models no named colours), stored upper-case. */
function cellColor(color: string): string {
  if (typeof color !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(color)) {
    throw new FakeExcelError("InvalidArgument", `"${color}" is not an HTML colour code such as #FFA500.`);
  }
  return color.toUpperCase();
}

export class FakeRangeFont extends FakeObject<RangeTarget> {
  protected readonly kind = "font";

  protected readers({ sheet, rect }: RangeTarget): Record<string, () => unknown> {
    const font = () => sheet.cell(rect.top, rect.left)?.font ?? {};
    return {
      bold: () => font().bold ?? false,
      italic: () => font().italic ?? false,
      size: () => font().size ?? 11,
      color: () => font().color ?? "#000000",
    };
  }

  private setFont(key: "bold" | "italic" | "size" | "color", value: boolean | number | string): void {
    this.queue({ [key]: value }, ({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.touch(r, c);
          cell.font = { ...cell.font, [key]: value };
        }
      }
    });
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.setFont("bold", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.setFont("italic", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.setFont("size", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setFont("color", v);
  }
}

// ---------------------------------------------------------------- defined names

export class FakeNameCollection extends FakeCollection<FakeName, FakeNamedItem> {
  protected all(): FakeName[] {
    return [...this.ctx.book.names];
  }

  protected proxy(n: FakeName): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => (this.ctx.book.names.includes(n) ? n : null));
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = this.ctx.book.name(name);
      if (!n) throw new FakeExcelError("ItemNotFound", `The name "${name}" does not exist.`);
      return n;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.book.name(name) ?? null);
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let made: FakeName | null = null;
    this.ctx.enqueue({ add: name, comment }, () => {
      if (comment !== undefined) this.ctx.requireApi("1.4", "NamedItemCollection.add with a comment");
      this.ctx.requireApi("1.4", "NamedItemCollection.add");
      if (typeof reference === "string") {
        const bang = reference.lastIndexOf("!");
        const sheetName = reference.slice(0, bang).replace(/^=/, "").replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
        const sheet = this.ctx.book.sheet(sheetName);
        if (!sheet) throw new FakeExcelError("InvalidArgument", `No sheet in "${reference}".`);
        made = this.ctx.book.addName(name, sheet, parseRect(reference.slice(bang + 1)));
      } else {
        made = this.ctx.book.addName(name, reference.sheetNow(), reference.rectValue());
      }
      if (comment !== undefined) made.comment = comment;
    });
    return new FakeNamedItem(this.ctx, () => made);
  }
}

export class FakeNamedItem extends FakeObject<FakeName> {
  protected readonly kind = "named item";

  protected override alive(n: FakeName): boolean {
    return this.ctx.book.names.includes(n);
  }

  protected readers(n: FakeName): Record<string, () => unknown> {
    const ref = () => (n.sheet ? `${fullAddress(n.sheet.name, { top: 0, left: 0, bottom: 0, right: 0 }).split("!")[0]}!${n.ref}` : "#REF!");
    return {
      name: () => n.name,
      type: () => (n.sheet ? "Range" : "Error"),
      value: ref,
      formula: () => {
        this.ctx.requireApi("1.7", "NamedItem.formula");
        return `=${ref()}`;
      },
      visible: () => n.visible,
      comment: () => n.comment,
    };
  }

  get visible(): boolean {
    return this.read("visible");
  }

  /** Hidden from Name Manager, still usable in formulas (NamedItem.visible, ExcelApi 1.1). */
  set visible(value: boolean) {
    this.queue({ visible: value }, (n) => {
      n.visible = value;
    });
  }

  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): string {
    return this.read("value");
  }
  get formula(): string {
    return this.read("formula");
  }

  delete(): void {
    this.queue({ delete: true }, (n) => {
      this.ctx.requireApi("1.4", "NamedItem.delete");
      const names = this.ctx.book.names;
      names.splice(names.indexOf(n), 1);
    });
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.target().sheet,
      () => parseRect(this.target().ref),
    );
  }
}

// ---------------------------------------------------------------- tables

export class FakeTableCollection extends FakeCollection<FakeTable, FakeTableObject> {
  constructor(
    ctx: FakeContext,
    /** The sheet whose tables these are; null for the workbook's. */
    private readonly sheetOf: () => FakeSheet | null,
  ) {
    super(ctx);
  }

  protected all(): FakeTable[] {
    const sheet = this.sheetOf();
    return this.ctx.book.tables.filter((t) => sheet === null || t.sheet === sheet);
  }

  protected proxy(t: FakeTable): FakeTableObject {
    return new FakeTableObject(this.ctx, () => (this.ctx.book.tables.includes(t) ? t : null));
  }

  getItem(name: string): FakeTableObject {
    return new FakeTableObject(this.ctx, () => {
      const t = this.all().find((x) => sameName(x.name, name));
      if (!t) throw new FakeExcelError("ItemNotFound", `The table "${name}" does not exist.`);
      return t;
    });
  }

  getItemOrNullObject(name: string): FakeTableObject {
    return new FakeTableObject(this.ctx, () => this.all().find((x) => sameName(x.name, name)) ?? null);
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTableObject {
    let made: FakeTable | null = null;
    this.ctx.enqueue({ addTable: typeof address === "string" ? address : "<range>", hasHeaders }, () => {
      if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "The fake only models tables with a header row.");
      let sheet: FakeSheet | null;
      let rect: Rect;
      if (typeof address === "string") {
        const bang = address.lastIndexOf("!");
        sheet = bang < 0 ? this.sheetOf() : (this.ctx.book.sheet(address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'")) ?? null);
        rect = parseRect(address.slice(bang + 1));
      } else {
        sheet = address.sheetNow();
        rect = address.rectValue();
      }
      if (!sheet) throw new FakeExcelError("InvalidArgument", `No worksheet for the table at "${String(address)}".`);
      made = this.ctx.book.addTable(sheet, rect);
    });
    return new FakeTableObject(this.ctx, () => made);
  }
}

export class FakeTableObject extends FakeObject<FakeTable> {
  protected readonly kind = "table";

  protected override alive(t: FakeTable): boolean {
    return this.ctx.book.tables.includes(t);
  }

  protected readers(t: FakeTable): Record<string, () => unknown> {
    return { name: () => t.name, style: () => t.style, showTotals: () => t.showTotals };
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.queue({ name: value }, (t) => this.ctx.book.renameTable(t, value));
  }
  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.queue({ style: value }, (t) => {
      t.style = value;
    });
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set showTotals(value: boolean) {
    this.queue({ showTotals: value }, (t) => {
      t.showTotals = value;
    });
  }

  get worksheet(): FakeWorksheet {
    return this.nav("worksheet", () => new FakeWorksheet(this.ctx, () => this.target().sheet));
  }

  /** Header, data and (when shown) totals rows. */
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.target().sheet, () => this.target().rect);
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.target().sheet, () => ({ ...this.target().rect, bottom: this.target().rect.top }));
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.target().sheet, () => {
      const r = this.target().rect;
      return { ...r, top: r.top + 1, bottom: r.bottom - (this.target().showTotals ? 1 : 0) };
    });
  }

  delete(): void {
    this.queue({ delete: true }, (t) => {
      const tables = this.ctx.book.tables;
      tables.splice(tables.indexOf(t), 1);
    });
  }
}

// ---------------------------------------------------------------- charts

export class FakeChartCollection extends FakeCollection<FakeChart, FakeChartObject> {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
  ) {
    super(ctx);
  }

  protected all(): FakeChart[] {
    return [...this.sheetOf().charts];
  }

  protected proxy(c: FakeChart): FakeChartObject {
    return new FakeChartObject(this.ctx, () => c);
  }

  getItem(name: string): FakeChartObject {
    return new FakeChartObject(this.ctx, () => {
      const c = this.sheetOf().charts.find((x) => sameName(x.name, name));
      if (!c) throw new FakeExcelError("ItemNotFound", `The chart "${name}" does not exist.`);
      return c;
    });
  }

  /** One series per column of the source (seriesBy "Columns"), named Series1, Series2, … */
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChartObject {
    let made: FakeChart | null = null;
    this.ctx.enqueue({ addChart: type, seriesBy }, () => {
      if (seriesBy !== undefined && seriesBy !== "Columns" && seriesBy !== "Auto") {
        throw new FakeExcelError("InvalidArgument", "The fake only models series by columns.");
      }
      const sheet = this.sheetOf();
      const src = sourceData.rectValue();
      const srcSheet = sourceData.sheetNow().name;
      const series: FakeSeries[] = [];
      for (let c = src.left; c <= src.right; c++) {
        series.push({ name: `Series${series.length + 1}`, values: fullAddress(srcSheet, { ...src, left: c, right: c }), xValues: null });
      }
      made = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        title: "",
        series,
        valueAxisTitle: "",
        categoryAxisTitle: "",
        legendPosition: "Right",
        position: null,
      };
      sheet.charts.push(made);
    });
    return new FakeChartObject(this.ctx, () => made);
  }
}

export class FakeChartObject extends FakeObject<FakeChart> {
  protected readonly kind = "chart";

  protected readers(c: FakeChart): Record<string, () => unknown> {
    return { name: () => c.name, chartType: () => c.type };
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.queue({ name: value }, (c) => {
      c.name = value;
    });
  }

  get title(): { text: string } {
    const queue = (text: string) => this.queue({ title: text }, (c) => {
      c.title = text;
    });
    return {
      set text(value: string) {
        queue(value);
      },
      get text(): string {
        throw new FakeExcelError("PropertyNotLoaded", "The fake does not load chart titles.");
      },
    };
  }

  get legend(): { position: string } {
    const queue = (p: string) => this.queue({ legend: p }, (c) => {
      c.legendPosition = p;
    });
    return {
      set position(value: string) {
        queue(value);
      },
      get position(): string {
        throw new FakeExcelError("PropertyNotLoaded", "The fake does not load legends.");
      },
    };
  }

  get axes(): { valueAxis: { title: { text: string }; numberFormat: string }; categoryAxis: { title: { text: string } } } {
    const ctx = this.ctx;
    const queueFormat = (format: string) => this.queue({ valueAxisNumberFormat: format }, (c) => {
      // ChartAxis.numberFormat: "[Api set: ExcelApi 1.8]" (learn.microsoft.com/javascript/api/excel/excel.chartaxis).
      ctx.requireApi("1.8", "ChartAxis.numberFormat");
      c.valueAxisNumberFormat = format;
    });
    const axis = (which: "valueAxisTitle" | "categoryAxisTitle") => {
      const queue = (text: string) => this.queue({ [which]: text }, (c) => {
        c[which] = text;
      });
      return {
        title: {
          set text(value: string) {
            queue(value);
          },
          get text(): string {
            throw new FakeExcelError("PropertyNotLoaded", "The fake does not load axis titles.");
          },
        },
      };
    };
    const valueAxis = {
      ...axis("valueAxisTitle"),
      set numberFormat(value: string) {
        queueFormat(value);
      },
      get numberFormat(): string {
        throw new FakeExcelError("PropertyNotLoaded", "The fake does not load axis number formats.");
      },
    };
    return { valueAxis, categoryAxis: axis("categoryAxisTitle") };
  }

  get series(): FakeSeriesCollection {
    return this.nav("series", () => new FakeSeriesCollection(this.ctx, () => this.target()));
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const text = (x: FakeRange | string) => (typeof x === "string" ? x : x.rectNow());
    this.queue({ setPosition: [typeof startCell === "string" ? startCell : "<range>", typeof endCell === "string" ? endCell : "<range>"] }, (c) => {
      const start = parseRect(text(startCell));
      const end = endCell === undefined ? start : parseRect(text(endCell));
      c.position = rectAddress({ top: start.top, left: start.left, bottom: end.bottom, right: end.right });
    });
  }

  delete(): void {
    this.queue({ delete: true }, (c) => {
      for (const s of this.ctx.book.sheets) {
        const i = s.charts.indexOf(c);
        if (i >= 0) s.charts.splice(i, 1);
      }
    });
  }
}

export class FakeSeriesCollection extends FakeCollection<FakeSeries, FakeSeriesObject> {
  constructor(
    ctx: FakeContext,
    private readonly chartOf: () => FakeChart,
  ) {
    super(ctx);
  }

  protected all(): FakeSeries[] {
    return [...this.chartOf().series];
  }

  protected proxy(s: FakeSeries): FakeSeriesObject {
    return new FakeSeriesObject(this.ctx, () => s);
  }

  getItemAt(index: number): FakeSeriesObject {
    return new FakeSeriesObject(this.ctx, () => {
      const s = this.chartOf().series[index];
      if (!s) throw new FakeExcelError("ItemNotFound", `The chart has no series ${index}.`);
      return s;
    });
  }

  add(name?: string): FakeSeriesObject {
    let made: FakeSeries | null = null;
    this.ctx.enqueue({ addSeries: name }, () => {
      this.ctx.requireApi("1.7", "ChartSeriesCollection.add");
      const chart = this.chartOf();
      made = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null };
      chart.series.push(made);
    });
    return new FakeSeriesObject(this.ctx, () => made);
  }
}

export class FakeSeriesObject extends FakeObject<FakeSeries> {
  protected readonly kind = "chart series";

  protected readers(s: FakeSeries): Record<string, () => unknown> {
    return { name: () => s.name };
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.queue({ name: value }, (s) => {
      s.name = value;
    });
  }

  setValues(source: FakeRange): void {
    this.queue({ setValues: "<range>" }, (s) => {
      this.ctx.requireApi("1.7", "ChartSeries.setValues");
      s.values = source.addressNow();
    });
  }

  setXAxisValues(source: FakeRange): void {
    this.queue({ setXAxisValues: "<range>" }, (s) => {
      this.ctx.requireApi("1.7", "ChartSeries.setXAxisValues");
      s.xValues = source.addressNow();
    });
  }

  /**
   * ChartSeries.format (ExcelApi 1.1): fill.setSolidColor(color) takes "#RRGGBB" or a named HTML
   * colour (learn.microsoft.com/javascript/api/excel/excel.chartfill, ExcelApi 1.1); line.color is
   * ExcelApi 1.1, line.lineStyle and line.weight ExcelApi 1.7 (excel.chartlineformat).
   */
  get format(): { fill: { setSolidColor(color: string): void }; line: { color: string; lineStyle: string; weight: number } } {
    const ctx = this.ctx;
    const set = (key: string, value: unknown, version: string, apply: (s: FakeSeries) => void) =>
      this.queue({ [key]: value }, (s) => {
        ctx.requireApi(version, `ChartSeries.format.${key}`);
        apply(s);
      });
    const notLoaded = (): never => {
      throw new FakeExcelError("PropertyNotLoaded", "The fake does not load series formats.");
    };
    return {
      fill: {
        setSolidColor(color: string): void {
          set("fill", color, "1.1", (s) => {
            s.fill = chartColor(color);
          });
        },
      },
      line: {
        set color(color: string) {
          set("line.color", color, "1.1", (s) => {
            s.line = { ...s.line, color: chartColor(color) };
          });
        },
        get color(): string {
          return notLoaded();
        },
        set lineStyle(style: string) {
          set("line.lineStyle", style, "1.7", (s) => {
            if (!LINE_STYLES.has(style)) throw new FakeExcelError("InvalidArgument", `"${style}" is not a ChartLineStyle.`);
            s.line = { ...s.line, lineStyle: style };
          });
        },
        get lineStyle(): string {
          return notLoaded();
        },
        set weight(points: number) {
          set("line.weight", points, "1.7", (s) => {
            s.line = { ...s.line, weight: points };
          });
        },
        get weight(): number {
          return notLoaded();
        },
      },
    };
  }

  /** ChartSeries.markerBackgroundColor / markerForegroundColor (ExcelApi 1.7); the fake keeps one colour for both. */
  set markerBackgroundColor(color: string) {
    this.queue({ markerBackgroundColor: color }, (s) => {
      this.ctx.requireApi("1.7", "ChartSeries.markerBackgroundColor");
      s.markerColor = chartColor(color);
    });
  }

  set markerForegroundColor(color: string) {
    this.queue({ markerForegroundColor: color }, (s) => {
      this.ctx.requireApi("1.7", "ChartSeries.markerForegroundColor");
      s.markerColor = chartColor(color);
    });
  }
}

/** Excel.ChartLineStyle's values (learn.microsoft.com/javascript/api/excel/excel.chartlinestyle). */
const LINE_STYLES = new Set(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Grey25", "Grey50", "Grey75", "Automatic", "RoundDot"]);

/** A chart colour as Office.js takes it: "#RRGGBB" (the fake models no named colours), stored upper-case. */
function chartColor(color: string): string {
  if (typeof color !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(color)) {
    throw new FakeExcelError("InvalidArgument", `"${color}" is not an HTML colour code such as #B0C4DE.`);
  }
  return color.toUpperCase();
}
