/** The fake Excel (see context.ts for load-then-sync): a range's font. */
import { FakeObject } from "./clientObject";
import { refuseProtectedSheet } from "./protection";
import { RangeTarget } from "./range";

export class FakeRangeFont extends FakeObject<RangeTarget> {
  protected readonly kind = "font";

  /** A protected sheet refuses format changes (protection.ts). */
  protected override queue(payload: unknown, apply: (t: RangeTarget) => void): void {
    super.queue(payload, (t) => {
      refuseProtectedSheet(t.sheet);
      apply(t);
    });
  }

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
