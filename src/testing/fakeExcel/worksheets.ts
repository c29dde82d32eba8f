/** The fake Excel (see context.ts for load-then-sync): the worksheet collection: getItem, getItemOrNullObject, the active sheet, add. */
import { FakeCollection } from "./clientObject";
import { refuseProtectedStructure } from "./protection";
import type { FakeContext } from "./context";
import { FakeExcelError, type FakeSheet } from "./state";
import { FakeWorksheet } from "./worksheet";

/** A sheet that still exists in the workbook, or null. */
function live(ctx: FakeContext, sheet: FakeSheet | null): FakeSheet | null {
  return sheet && ctx.book.sheets.includes(sheet) ? sheet : null;
}

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
      refuseProtectedStructure(this.ctx.book);
      made = this.ctx.book.addSheet(name);
      this.ctx.addedThisRequest.add(made);
    });
    return new FakeWorksheet(this.ctx, () => live(this.ctx, made));
  }
}
