/**
 * A ChartSpec as an Excel chart over its source block: the category column as the x axis and
 * one series per series column, each named by its header and reading only the data rows, in its
 * own colour (src/core/report/layout/chartLooks.ts), as the .xlsx writer draws it (chartXml.ts).
 */
import type { Block, ChartSpec, ChartType } from "../../core/report/sheetPlan";
import { seriesLook, valueAxisFormat } from "../../core/report/layout/chartLooks";
import { areaAddress, blockArea } from "./writeBlock";
import { CHART_AXIS_FORMAT_API, excelApiSupported } from "./requirements";

/** Excel.ChartLineStyle for each dash of a series look. */
const LINE_STYLES = { solid: "Continuous", dash: "Dash", dot: "RoundDot" } as const;

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
  colour(firstSeries, spec, 0);
  rest.forEach((j, k) => {
    const series = chart.series.add(header(j));
    series.setValues(column(j));
    series.setXAxisValues(categories);
    colour(series, spec, k + 1);
  });
  if (spec.xAxisTitle) chart.axes.categoryAxis.title.text = spec.xAxisTitle;
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  // ChartAxis.numberFormat is ExcelApi 1.8: older Excel shows the source cells' format, as the .xlsx's linked format does.
  const format = valueAxisFormat(spec, blocks);
  if (format && excelApiSupported(CHART_AXIS_FORMAT_API)) chart.axes.valueAxis.numberFormat = format;
  const [start, end = start] = spec.placeAt.split(":") as [string, string?];
  chart.setPosition(start, end);
}

/**
 * The series' own fill and line (ChartSeries.format: fill.setSolidColor and line.color are
 * ExcelApi 1.1; line.lineStyle, line.weight and the marker colours ExcelApi 1.7, which the add-in requires).
 */
function colour(series: Excel.ChartSeries, spec: ChartSpec, i: number): void {
  const look = seriesLook(spec, i);
  const bar = spec.type === "columnClustered" || spec.type === "barClustered";
  if (bar) series.format.fill.setSolidColor(look.color);
  series.format.line.color = look.color;
  if (bar) return;
  series.format.line.lineStyle = LINE_STYLES[look.dash];
  series.format.line.weight = look.lineWeight;
  if (spec.type === "lineMarkers") {
    series.markerBackgroundColor = look.color;
    series.markerForegroundColor = look.color;
  }
}
