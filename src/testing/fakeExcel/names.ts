/** The fake Excel (see context.ts for load-then-sync): the workbook's defined-name collection. */
import { FakeCollection } from "./clientObject";
import { FakeExcelError, parseRect, type FakeName } from "./state";
import { FakeNamedItem } from "./namedItem";
import { FakeRange } from "./range";

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
