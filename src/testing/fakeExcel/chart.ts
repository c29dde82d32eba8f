/** The fake Excel (see context.ts for load-then-sync): one chart: title, legend, axes, series, position. */
import { FakeObject } from "./clientObject";
import { refuseProtectedSheet } from "./protection";
import { FakeExcelError, parseRect, rectAddress, type FakeChart } from "./state";
import { FakeSeriesCollection } from "./chartSeries";
import { FakeRange } from "./range";

export class FakeChartObject extends FakeObject<FakeChart> {
  protected readonly kind = "chart";

  /** Every change to a chart on a protected sheet is refused (protection.ts). */
  protected override queue(payload: unknown, apply: (c: FakeChart) => void): void {
    super.queue(payload, (c) => {
      const sheet = this.ctx.book.sheets.find((s) => s.charts.includes(c));
      if (sheet) refuseProtectedSheet(sheet);
      apply(c);
    });
  }

  protected readers(c: FakeChart): Record<string, () => unknown> {
    return { name: () => c.name, chartType: () => c.type };
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.queue({ name: value }, (c) => {
      c.name = value;
    });
  }

  get title(): { text: string } {
    const queue = (text: string) => this.queue({ title: text }, (c) => {
      c.title = text;
    });
    return {
      set text(value: string) {
        queue(value);
      },
      get text(): string {
        throw new FakeExcelError("PropertyNotLoaded", "The fake does not load chart titles.");
      },
    };
  }

  get legend(): { position: string } {
    const queue = (p: string) => this.queue({ legend: p }, (c) => {
      c.legendPosition = p;
    });
    return {
      set position(value: string) {
        queue(value);
      },
      get position(): string {
        throw new FakeExcelError("PropertyNotLoaded", "The fake does not load legends.");
      },
    };
  }

  get axes(): { valueAxis: { title: { text: string }; numberFormat: string }; categoryAxis: { title: { text: string } } } {
    const ctx = this.ctx;
    const queueFormat = (format: string) => this.queue({ valueAxisNumberFormat: format }, (c) => {
      // ChartAxis.numberFormat: "[Api set: ExcelApi 1.8]" (learn.microsoft.com/javascript/api/excel/excel.chartaxis).
      ctx.requireApi("1.8", "ChartAxis.numberFormat");
      c.valueAxisNumberFormat = format;
    });
    const axis = (which: "valueAxisTitle" | "categoryAxisTitle") => {
      const queue = (text: string) => this.queue({ [which]: text }, (c) => {
        c[which] = text;
      });
      return {
        title: {
          set text(value: string) {
            queue(value);
          },
          get text(): string {
            throw new FakeExcelError("PropertyNotLoaded", "The fake does not load axis titles.");
          },
        },
      };
    };
    const valueAxis = {
      ...axis("valueAxisTitle"),
      set numberFormat(value: string) {
        queueFormat(value);
      },
      get numberFormat(): string {
        throw new FakeExcelError("PropertyNotLoaded", "The fake does not load axis number formats.");
      },
    };
    return { valueAxis, categoryAxis: axis("categoryAxisTitle") };
  }

  get series(): FakeSeriesCollection {
    return this.nav("series", () => new FakeSeriesCollection(this.ctx, () => this.target()));
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const text = (x: FakeRange | string) => (typeof x === "string" ? x : x.rectNow());
    this.queue({ setPosition: [typeof startCell === "string" ? startCell : "<range>", typeof endCell === "string" ? endCell : "<range>"] }, (c) => {
      const start = parseRect(text(startCell));
      const end = endCell === undefined ? start : parseRect(text(endCell));
      c.position = rectAddress({ top: start.top, left: start.left, bottom: end.bottom, right: end.right });
    });
  }

  delete(): void {
    this.queue({ delete: true }, (c) => {
      for (const s of this.ctx.book.sheets) {
        const i = s.charts.indexOf(c);
        if (i >= 0) s.charts.splice(i, 1);
      }
    });
  }
}
