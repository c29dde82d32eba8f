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
  /** RangeFill (ExcelApi 1.1): color is "#RRGGBB" or a named HTML colour (learn.microsoft.com/javascript/api/excel/excel.rangefill). */
  get fill(): { color: string } {
    const each = (payload: Record<string, unknown>, f: (s: FakeSheet, r: number, c: number) => void) => this.each(payload, f);
    return {
      set color(value: string) {
        each({ fill: value }, (s, r, c) => {
          s.touch(r, c).fill = cellColor(value);
        });
      },
      get color(): string {
        throw new FakeExcelError("PropertyNotLoaded", "The fake does not load fills.");
      },
    };
  }

  /**
   * RangeBorderCollection.getItem(index) (ExcelApi 1.1; learn.microsoft.com/javascript/api/excel/excel.rangeborder):
   * the fake models the bottom edge only. Its style, weight and colour are checked against
   * Excel.BorderLineStyle, Excel.BorderWeight and the #RRGGBB form.
   */
  get borders(): { getItem(index: string): { style: string; weight: string; color: string } } {
    const each = (payload: Record<string, unknown>, f: (s: FakeSheet, r: number, c: number) => void) => this.each(payload, f);
    return {
      getItem(index: string) {
        if (index !== "EdgeBottom") throw new FakeExcelError("InvalidArgument", `The fake models the EdgeBottom border only, not ${index}.`);
        return {
          set style(value: string) {
            each({ borderStyle: value }, (s, r, c) => {
              if (!BORDER_STYLES.has(value)) throw new FakeExcelError("InvalidArgument", `"${value}" is not a BorderLineStyle.`);
              const cell = s.touch(r, c);
              if (value === "None") delete cell.borderBottom;
              else cell.borderBottom = cell.borderBottom ?? "#000000";
            });
          },
          get style(): string {
            throw new FakeExcelError("PropertyNotLoaded", "The fake does not load borders.");
          },
          set weight(value: string) {
            each({ borderWeight: value }, () => {
              if (!BORDER_WEIGHTS.has(value)) throw new FakeExcelError("InvalidArgument", `"${value}" is not a BorderWeight.`);
            });
          },
          get weight(): string {
            throw new FakeExcelError("PropertyNotLoaded", "The fake does not load borders.");
          },
          set color(value: string) {
            each({ borderColor: value }, (s, r, c) => {
              s.touch(r, c).borderBottom = cellColor(value);
            });
          },
          get color(): string {
            throw new FakeExcelError("PropertyNotLoaded", "The fake does not load borders.");
          },
        };
      },
    };
  }
}

/** Excel.BorderLineStyle and Excel.BorderWeight values. */
const BORDER_STYLES = new Set(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]);
const BORDER_WEIGHTS = new Set(["Hairline", "Thin", "Medium", "Thick"]);

/** A cell colour as Office.js takes it: "#RRGGBB" (the fake models no named colours), stored upper-case. */
function cellColor(color: string): string {
  if (typeof color !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(color)) {
    throw new FakeExcelError("InvalidArgument", `"${color}" is not an HTML colour code such as #FFA500.`);
  }
  return color.toUpperCase();
}
