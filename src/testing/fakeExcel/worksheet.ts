/** The fake Excel (see context.ts for load-then-sync): a worksheet: name, position, visibility, tab colour, gridlines, activate, its ranges and parts. */
import { FakeObject } from "./clientObject";
import { FakeWorksheetProtection, refuseProtectedSheet, refuseProtectedStructure } from "./protection";
import { FakeExcelError, parseRect, type FakeSheet } from "./state";
import { FakeChartCollection } from "./charts";
import { FakeFreezePanes } from "./freezePanes";
import { FakePageLayoutObject } from "./pageLayout";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./tables";

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
      if (s.name !== value) refuseProtectedStructure(this.ctx.book);
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
      refuseProtectedStructure(this.ctx.book);
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
      if (s.visibility !== value) refuseProtectedStructure(this.ctx.book);
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
      refuseProtectedSheet(s);
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
    this.queue({ delete: true }, (s) => {
      refuseProtectedStructure(this.ctx.book);
      this.ctx.book.deleteSheet(s);
    });
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

  get protection(): FakeWorksheetProtection {
    return this.nav("protection", () => new FakeWorksheetProtection(this.ctx, () => this.sheet()));
  }

  get freezePanes(): FakeFreezePanes {
    return this.nav("freezePanes", () => new FakeFreezePanes(this.ctx, () => this.sheet()));
  }

  get pageLayout(): FakePageLayoutObject {
    return this.nav("pageLayout", () => new FakePageLayoutObject(this.ctx, () => this.sheet()));
  }
}
