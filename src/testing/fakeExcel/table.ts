/** The fake Excel (see context.ts for load-then-sync): one Excel table. */
import { FakeObject } from "./clientObject";
import { refuseProtectedSheet } from "./protection";
import { parseRect, type FakeTable } from "./state";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

export class FakeTableObject extends FakeObject<FakeTable> {
  protected readonly kind = "table";

  protected override alive(t: FakeTable): boolean {
    return this.ctx.book.tables.includes(t);
  }

  /** Every change to a table on a protected sheet is refused (protection.ts). */
  protected override queue(payload: unknown, apply: (t: FakeTable) => void): void {
    super.queue(payload, (t) => {
      refuseProtectedSheet(t.sheet);
      apply(t);
    });
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

  /** The table's cells stay; a formula that referred to it by a structured reference reads #REF! (state.ts). */
  delete(): void {
    this.queue({ delete: true }, (t) => this.ctx.book.deleteTable(t));
  }

  /** Table.resize (ExcelApi 1.13): the same table (name, style, the user's references to it) over a new range. */
  resize(newRange: FakeRange | string): void {
    this.queue({ resize: typeof newRange === "string" ? newRange : "<range>" }, (t) => {
      this.ctx.requireApi("1.13", "Table.resize");
      const rect = typeof newRange === "string" ? parseRect(newRange.slice(newRange.lastIndexOf("!") + 1)) : newRange.rectValue();
      this.ctx.book.resizeTable(t, rect);
    });
  }
}
