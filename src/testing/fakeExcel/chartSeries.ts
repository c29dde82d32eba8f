/** The fake Excel (see context.ts for load-then-sync): a chart's series collection and one series. */
import { FakeCollection, FakeObject } from "./clientObject";
import type { FakeContext } from "./context";
import { FakeExcelError, type FakeChart, type FakeSeries } from "./state";
import { FakeRange } from "./range";

export class FakeSeriesCollection extends FakeCollection<FakeSeries, FakeSeriesObject> {
  constructor(
    ctx: FakeContext,
    private readonly chartOf: () => FakeChart,
  ) {
    super(ctx);
  }

  protected all(): FakeSeries[] {
    return [...this.chartOf().series];
  }

  protected proxy(s: FakeSeries): FakeSeriesObject {
    return new FakeSeriesObject(this.ctx, () => s);
  }

  getItemAt(index: number): FakeSeriesObject {
    return new FakeSeriesObject(this.ctx, () => {
      const s = this.chartOf().series[index];
      if (!s) throw new FakeExcelError("ItemNotFound", `The chart has no series ${index}.`);
      return s;
    });
  }

  add(name?: string): FakeSeriesObject {
    let made: FakeSeries | null = null;
    this.ctx.enqueue({ addSeries: name }, () => {
      this.ctx.requireApi("1.7", "ChartSeriesCollection.add");
      const chart = this.chartOf();
      made = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null };
      chart.series.push(made);
    });
    return new FakeSeriesObject(this.ctx, () => made);
  }
}

export class FakeSeriesObject extends FakeObject<FakeSeries> {
  protected readonly kind = "chart series";

  protected readers(s: FakeSeries): Record<string, () => unknown> {
    return { name: () => s.name };
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.queue({ name: value }, (s) => {
      s.name = value;
    });
  }

  setValues(source: FakeRange): void {
    this.queue({ setValues: "<range>" }, (s) => {
      this.ctx.requireApi("1.7", "ChartSeries.setValues");
      s.values = source.addressNow();
    });
  }

  setXAxisValues(source: FakeRange): void {
    this.queue({ setXAxisValues: "<range>" }, (s) => {
      this.ctx.requireApi("1.7", "ChartSeries.setXAxisValues");
      s.xValues = source.addressNow();
    });
  }
  /**
   * ChartSeries.format (ExcelApi 1.1): fill.setSolidColor(color) takes "#RRGGBB" or a named HTML
   * colour (learn.microsoft.com/javascript/api/excel/excel.chartfill, ExcelApi 1.1); line.color is
   * ExcelApi 1.1, line.lineStyle and line.weight ExcelApi 1.7 (excel.chartlineformat).
   */
  get format(): { fill: { setSolidColor(color: string): void }; line: { color: string; lineStyle: string; weight: number } } {
    const ctx = this.ctx;
    const set = (key: string, value: unknown, version: string, apply: (s: FakeSeries) => void) =>
      this.queue({ [key]: value }, (s) => {
        ctx.requireApi(version, `ChartSeries.format.${key}`);
        apply(s);
      });
    const notLoaded = (): never => {
      throw new FakeExcelError("PropertyNotLoaded", "The fake does not load series formats.");
    };
    return {
      fill: {
        setSolidColor(color: string): void {
          set("fill", color, "1.1", (s) => {
            s.fill = chartColor(color);
          });
        },
      },
      line: {
        set color(color: string) {
          set("line.color", color, "1.1", (s) => {
            s.line = { ...s.line, color: chartColor(color) };
          });
        },
        get color(): string {
          return notLoaded();
        },
        set lineStyle(style: string) {
          set("line.lineStyle", style, "1.7", (s) => {
            if (!LINE_STYLES.has(style)) throw new FakeExcelError("InvalidArgument", `"${style}" is not a ChartLineStyle.`);
            s.line = { ...s.line, lineStyle: style };
          });
        },
        get lineStyle(): string {
          return notLoaded();
        },
        set weight(points: number) {
          set("line.weight", points, "1.7", (s) => {
            s.line = { ...s.line, weight: points };
          });
        },
        get weight(): number {
          return notLoaded();
        },
      },
    };
  }

  /** ChartSeries.markerBackgroundColor / markerForegroundColor (ExcelApi 1.7); the fake keeps one colour for both. */
  set markerBackgroundColor(color: string) {
    this.queue({ markerBackgroundColor: color }, (s) => {
      this.ctx.requireApi("1.7", "ChartSeries.markerBackgroundColor");
      s.markerColor = chartColor(color);
    });
  }

  set markerForegroundColor(color: string) {
    this.queue({ markerForegroundColor: color }, (s) => {
      this.ctx.requireApi("1.7", "ChartSeries.markerForegroundColor");
      s.markerColor = chartColor(color);
    });
  }
}

/** Excel.ChartLineStyle's values (learn.microsoft.com/javascript/api/excel/excel.chartlinestyle). */
const LINE_STYLES = new Set(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Grey25", "Grey50", "Grey75", "Automatic", "RoundDot"]);

/** A chart colour as Office.js takes it: "#RRGGBB" (the fake models no named colours), stored upper-case. */
function chartColor(color: string): string {
  if (typeof color !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(color)) {
    throw new FakeExcelError("InvalidArgument", `"${color}" is not an HTML colour code such as #B0C4DE.`);
  }
  return color.toUpperCase();
}
