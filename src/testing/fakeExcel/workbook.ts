/** The fake Excel (see context.ts for load-then-sync): the workbook object: its worksheets, tables and names, and the selected range. */
import type { FakeContext } from "./context";
import { parseRect } from "./state";
import { FakeNameCollection } from "./names";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheets";
import { FakeWorkbookProtection } from "./protection";
import { FakeApplication } from "./application";
import { FakeFunctions } from "./functions";

export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNameCollection;
  readonly protection: FakeWorkbookProtection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, () => null);
    this.names = new FakeNameCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx, () => ctx.book);
    this.application = new FakeApplication(ctx, () => ctx.book);
    this.functions = new FakeFunctions(ctx);
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
