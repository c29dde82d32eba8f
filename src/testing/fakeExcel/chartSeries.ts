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
}
