/** The fake Excel (see context.ts for load-then-sync): a worksheet's chart collection. */
import { FakeCollection } from "./clientObject";
import { refuseProtectedSheet } from "./protection";
import type { FakeContext } from "./context";
import { FakeExcelError, fullAddress, sameName, type FakeChart, type FakeSeries, type FakeSheet } from "./state";
import { FakeChartObject } from "./chart";
import { FakeRange } from "./range";

export class FakeChartCollection extends FakeCollection<FakeChart, FakeChartObject> {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
  ) {
    super(ctx);
  }

  protected all(): FakeChart[] {
    return [...this.sheetOf().charts];
  }

  protected proxy(c: FakeChart): FakeChartObject {
    return new FakeChartObject(this.ctx, () => c);
  }

  getItem(name: string): FakeChartObject {
    return new FakeChartObject(this.ctx, () => {
      const c = this.sheetOf().charts.find((x) => sameName(x.name, name));
      if (!c) throw new FakeExcelError("ItemNotFound", `The chart "${name}" does not exist.`);
      return c;
    });
  }

  /** One series per column of the source (seriesBy "Columns"), named Series1, Series2, … */
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChartObject {
    let made: FakeChart | null = null;
    this.ctx.enqueue({ addChart: type, seriesBy }, () => {
      if (seriesBy !== undefined && seriesBy !== "Columns" && seriesBy !== "Auto") {
        throw new FakeExcelError("InvalidArgument", "The fake only models series by columns.");
      }
      const sheet = this.sheetOf();
      refuseProtectedSheet(sheet);
      const src = sourceData.rectValue();
      const srcSheet = sourceData.sheetNow().name;
      const series: FakeSeries[] = [];
      for (let c = src.left; c <= src.right; c++) {
        series.push({ name: `Series${series.length + 1}`, values: fullAddress(srcSheet, { ...src, left: c, right: c }), xValues: null });
      }
      made = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        title: "",
        series,
        valueAxisTitle: "",
        categoryAxisTitle: "",
        legendPosition: "Right",
        position: null,
      };
      sheet.charts.push(made);
    });
    return new FakeChartObject(this.ctx, () => made);
  }
}
