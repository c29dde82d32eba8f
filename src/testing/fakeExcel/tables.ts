/** The fake Excel (see context.ts for load-then-sync): a table collection (the workbook's or one worksheet's). */
import { FakeCollection } from "./clientObject";
import { refuseProtectedSheet } from "./protection";
import type { FakeContext } from "./context";
import { FakeExcelError, parseRect, sameName, type FakeSheet, type FakeTable, type Rect } from "./state";
import { FakeRange } from "./range";
import { FakeTableObject } from "./table";

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
      refuseProtectedSheet(sheet);
      made = this.ctx.book.addTable(sheet, rect);
    });
    return new FakeTableObject(this.ctx, () => made);
  }
}
