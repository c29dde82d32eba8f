/**
 * How a chart's series look, the same in both shells: each series its own fill and line colour,
 * set on the series itself rather than left to the workbook's theme (a reader without the theme
 * part, LibreOffice among them, otherwise draws the series in no colour at all: empty axes).
 * The palette steps down in lightness as well as hue, so it still reads printed in greyscale, and
 * lines also differ in dash.
 */
import type { Block, ChartSpec, NumberFormat } from "../sheetPlan";
import { cellFormat } from "./blockCells";

/** Dark blue, red, amber, pale blue: about 27%, 44%, 67% and 82% grey. */
export const CHART_PALETTE = ["#1F4E79", "#C0504D", "#E8A33D", "#BDD7EE"] as const;

export type LineDash = "solid" | "dash" | "dot";
const DASHES: readonly LineDash[] = ["solid", "dash", "dot"];

export interface SeriesLook {
  /** #RRGGBB: the bars' fill, or the line and its markers. */
  color: string;
  /** Lines only: a line chart in greyscale tells its series apart by dash too. */
  dash: LineDash;
  /** Line width in points. */
  lineWeight: number;
}

export function seriesLook(spec: ChartSpec, i: number): SeriesLook {
  const color = spec.seriesColors?.[i] ?? CHART_PALETTE[i % CHART_PALETTE.length]!;
  const line = spec.type === "line" || spec.type === "lineMarkers";
  return { color, dash: line ? DASHES[i % DASHES.length]! : "solid", lineWeight: line ? 2.25 : 0.75 };
}

/**
 * The value axis' number format: the spec's, else the first series' column's without its decimals
 * (an axis of round steps reads "$2,000", not "$2,000.00"), else null (General).
 */
export function valueAxisFormat(spec: ChartSpec, blocks: readonly Block[]): NumberFormat | null {
  if (spec.valueFormat) return spec.valueFormat;
  const source = blocks.find((b) => b.id === spec.sourceBlock);
  const first = spec.seriesColumns[0];
  if (!source || first === undefined || source.values.length < 2) return null;
  const format = cellFormat(source, 1, first);
  return format === null ? null : format.replace(/(0)\.0+/g, "$1");
}
