/**
 * A ChartSpec as an Excel chart over its source block: the category column as the x axis and
 * one series per series column, each named by its header and reading only the data rows.
 */
import type { Block, ChartSpec, ChartType } from "../../core/report/sheetPlan";
import { areaAddress, blockArea } from "./writeBlock";

const CHART_TYPES: Record<ChartType, Excel.ChartType> = {
  columnClustered: "ColumnClustered" as Excel.ChartType,
  barClustered: "BarClustered" as Excel.ChartType,
  line: "Line" as Excel.ChartType,
  lineMarkers: "LineMarkers" as Excel.ChartType,
};

export function writeChart(sheet: Excel.Worksheet, spec: ChartSpec, blocks: readonly Block[]): void {
  const source = blocks.find((b) => b.id === spec.sourceBlock);
  if (!source || spec.seriesColumns.length === 0) return;
  const area = blockArea(source);
  if (area.rows < 2) return; // a header and no data: nothing to draw
  const column = (j: number) => sheet.getRange(areaAddress(area, 1, area.rows, j, j + 1));
  const header = (j: number) => String(source.values[0]?.[j] ?? `Series ${j + 1}`);
  const categories = column(spec.categoryColumn);

  const [first, ...rest] = spec.seriesColumns as [number, ...number[]];
  const chart = sheet.charts.add(CHART_TYPES[spec.type], column(first), "Columns");
  chart.name = spec.id;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = header(first);
  firstSeries.setXAxisValues(categories);
  for (const j of rest) {
    const series = chart.series.add(header(j));
    series.setValues(column(j));
    series.setXAxisValues(categories);
  }
  if (spec.xAxisTitle) chart.axes.categoryAxis.title.text = spec.xAxisTitle;
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  const [start, end = start] = spec.placeAt.split(":") as [string, string?];
  chart.setPosition(start, end);
}
