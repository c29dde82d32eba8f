/** The fake Excel (see context.ts for load-then-sync): one defined name. */
import { FakeObject } from "./clientObject";
import { fullAddress, parseRect, type FakeName } from "./state";
import { FakeRange } from "./range";

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
