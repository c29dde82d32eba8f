/** The fake Excel (see context.ts for load-then-sync): a range's format: column widths, row heights, wrapping, alignment. */
import { FakeObject } from "./clientObject";
import { refuseProtectedSheet } from "./protection";
import { FakeExcelError, type FakeSheet } from "./state";
import { RangeTarget } from "./range";
import { FakeRangeFont } from "./rangeFont";

export class FakeRangeFormat extends FakeObject<RangeTarget> {
  protected readonly kind = "range format";

  /** A protected sheet refuses format changes (protection.ts). */
  protected override queue(payload: unknown, apply: (t: RangeTarget) => void): void {
    super.queue(payload, (t) => {
      refuseProtectedSheet(t.sheet);
      apply(t);
    });
  }

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
}
