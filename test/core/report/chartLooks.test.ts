/** The chart spec's looks, the same for both shells: a palette that reads in greyscale, lines told apart by dash, round axis labels. */
import { CHART_PALETTE, seriesLook, valueAxisFormat } from "../../../src/core/report/layout/chartLooks";
import type { Block, ChartSpec } from "../../../src/core/report/sheetPlan";

/** Grey level 0–100 as a greyscale print renders a colour (ITU-R BT.601 luma). */
function grey(color: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  return ((0.299 * r + 0.587 * g + 0.114 * b) / 255) * 100;
}

const spec = (type: ChartSpec["type"], extra: Partial<ChartSpec> = {}): ChartSpec => ({
  id: "c", type, title: "t", sourceBlock: "src", categoryColumn: 0, seriesColumns: [1, 2], placeAt: "H1:N10", ...extra,
});
const source: Block = { id: "src", at: "A1", values: [["Segment", "Hourly", "Current"], ["Home", 1200.5, 1300]], columnFormats: [null, '"$"#,##0.00', '"$"#,##0.00'] };

test("the palette's colours are at least 10 points of grey apart, so bars stay apart in a greyscale print", () => {
  const levels = CHART_PALETTE.map(grey).sort((a, b) => a - b);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeGreaterThanOrEqual(10);
});

test("each series takes the next palette colour; lines also differ in dash, bars are solid", () => {
  expect([0, 1].map((i) => seriesLook(spec("columnClustered"), i))).toEqual([
    { color: CHART_PALETTE[0], dash: "solid", lineWeight: 0.75 },
    { color: CHART_PALETTE[1], dash: "solid", lineWeight: 0.75 },
  ]);
  expect([0, 1, 2].map((i) => seriesLook(spec("line"), i).dash)).toEqual(["solid", "dash", "dot"]);
  expect(seriesLook(spec("line", { seriesColors: ["#000000"] }), 0).color).toBe("#000000");
});

test("the value axis shows the first series' format without cents, or the spec's own", () => {
  expect(valueAxisFormat(spec("columnClustered"), [source])).toBe('"$"#,##0');
  expect(valueAxisFormat(spec("columnClustered", { valueFormat: "0%" }), [source])).toBe("0%");
  expect(valueAxisFormat(spec("columnClustered", { sourceBlock: "missing" }), [source])).toBeNull();
});
