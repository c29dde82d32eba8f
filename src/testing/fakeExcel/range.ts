/** The fake Excel (see context.ts for load-then-sync): a range: values, number formats, formulas, its address, and the ranges derived from it. */
import type { CellValue } from "../../core/workbook/grid";
import { FakeObject } from "./clientObject";
import type { FakeContext } from "./context";
import { FakeRangeAreas, FakeRangeView, mergedAreas, sheetFacts } from "./views";
import { FakeExcelError, enterValue, fullAddress, parseRect, rectAddress, type FakeSheet, type Rect } from "./state";
import { eachCell, intersect, mapRect } from "./rangeCells";
import { FakeRangeFormat } from "./rangeFormat";
import { FakeWorksheet } from "./worksheet";
import { refuseProtectedSheet } from "./protection";

/** 0-based index of a worksheet's last row (row 1,048,576) and column (XFD). */
const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;
/** Cells one get operation may read. */
export const CELL_READ_LIMIT = 5_000_000;

export interface RangeTarget {
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

  /** Every queued change to the range's cells is refused on a protected sheet (select() is not a change). */
  protected override queue(payload: unknown, apply: (t: RangeTarget) => void): void {
    const change = !(typeof payload === "object" && payload !== null && "select" in payload);
    super.queue(payload, (t) => {
      if (change) refuseProtectedSheet(t.sheet);
      apply(t);
    });
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
      const what = applyTo ?? "All";
      if (what !== "All" && what !== "Contents" && what !== "Formats") throw new FakeExcelError("InvalidArgument", `The fake models clear("All" | "Contents" | "Formats"), not ${what}.`);
      sheet.clear(rect, what);
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
