/**
 * What lands where when the add-in analyses a workbook: every value of the plan at its address,
 * the tables, number formats, the three charts over their source columns, the rate card's page
 * layout, the ownership markers, and what a second run does.
 */
import { runFlow } from "../../../src/core/flow";
import { parseA1 } from "../../../src/core/workbook/address";
import { OWNERSHIP_NAMES, RATE_CARD_SHEET, RESULTS_SHEET, RESULT_TABLES } from "../../../src/core/report/outputs/names";
import { moneyFormat } from "../../../src/core/report/layout/formats";
import { CHART_PALETTE } from "../../../src/core/report/layout/chartLooks";
import type { Block, SheetSpec } from "../../../src/core/report/sheetPlan";
import type { FakeExcel } from "../../../src/testing/fakeExcel";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { analyzeIn, excelWith } from "./helpers";

const planned = runFlow(sampleGrids()).plan!;
const resultsSpec = planned.sheets.find((s) => s.name === RESULTS_SHEET)!;
const rateCardSpec = planned.sheets.find((s) => s.name === RATE_CARD_SHEET)!;

function block(spec: SheetSpec, id: string): Block {
  const b = spec.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`no block ${id}`);
  return b;
}

/** 1-based row of a block's first row, e.g. 7 for "A7". */
function topRow(b: Block): number {
  return parseA1(b.at).row + 1;
}

let fake: FakeExcel;
beforeEach(async () => {
  fake = excelWith(sampleGrids());
  await analyzeIn(fake);
});

describe("values", () => {
  test.each([resultsSpec, rateCardSpec])("every value of the $name plan is in its cell", (spec) => {
    const sheet = fake.workbook.get(spec.name);
    for (const b of spec.blocks) {
      const { row, col } = parseA1(b.at);
      b.values.forEach((values, i) =>
        values.forEach((v, j) => {
          if (b.table && i === 0 && (v === "" || v === null)) return; // Excel names a blank table header itself
          expect({ at: [b.id, i, j], value: sheet.cell(row + i, col + j)?.value ?? null }).toEqual({ at: [b.id, i, j], value: v });
        }),
      );
    }
  });

  test("the results sheet opens with its title and the sample's business name", () => {
    expect(fake.workbook.get(RESULTS_SHEET).value("A1")).toBe("Pricing Results: Summit IT Services");
    expect(fake.workbook.get(RATE_CARD_SHEET).value("A1")).toBe("Summit IT Services");
  });

  test("the input sheets keep exactly the values they had", () => {
    const untouched = excelWith(sampleGrids());
    for (const name of ["Settings", "Tiers", "Clients", "Travel Zones", "Benefits"]) {
      expect([...fake.workbook.get(name).cells]).toEqual([...untouched.workbook.get(name).cells]);
    }
  });
});

describe("tables", () => {
  test("the results sheet holds the client, segment, travel-band and sensitivity tables over their blocks", () => {
    const expected = [
      [RESULT_TABLES.clients, "clients"],
      [RESULT_TABLES.segments, "segments"],
      [RESULT_TABLES.travelBands, "travelBands"],
      [RESULT_TABLES.sensitivity, "sensitivity"],
    ] as const;
    for (const [name, id] of expected) {
      const table = fake.workbook.table(name)!;
      const b = block(resultsSpec, id);
      expect(table.sheet.name).toBe(RESULTS_SHEET);
      expect({ top: table.rect.top + 1, rows: table.rect.bottom - table.rect.top + 1, cols: table.rect.right - table.rect.left + 1 })
        .toEqual({ top: topRow(b), rows: b.values.length, cols: b.values[0]!.length });
    }
  });

  test("the rate card is a printed price list: no Excel tables (table styles do not print alike everywhere)", () => {
    expect(fake.workbook.tablesOn(RATE_CARD_SHEET)).toEqual([]);
  });
});

describe("number formats", () => {
  test("money columns of the client table carry the currency format on every data row, not on the header", () => {
    const table = fake.workbook.table(RESULT_TABLES.clients)!;
    const sheet = table.sheet;
    const travelCharges = table.rect.left + 5;
    expect(sheet.cell(table.rect.top, travelCharges)?.numberFormat).toBeUndefined();
    for (let r = table.rect.top + 1; r <= table.rect.bottom; r++) {
      expect(sheet.cell(r, travelCharges)?.numberFormat).toBe(moneyFormat("USD"));
    }
  });

  test("each headline figure has its own format (whole dollars, percent, minutes)", () => {
    const values = block(resultsSpec, "kpiValues");
    const sheet = fake.workbook.get(RESULTS_SHEET);
    const { row, col } = parseA1(values.at);
    values.cellFormats!.forEach(([format], i) => {
      expect(sheet.cell(row + i, col)?.numberFormat).toBe(format ?? undefined);
    });
    expect(values.cellFormats!.map(([f]) => f)).toContain('"$"#,##0');
  });
});

describe("charts", () => {
  const col = (letter: string, from: number, to: number) => `'Pricing Results'!${letter}${from}:${letter}${to}`;

  test("the results sheet has the three charts, each where the plan places it", () => {
    const charts = fake.workbook.get(RESULTS_SHEET).charts;
    expect(charts.map((c) => [c.name, c.type, c.position])).toEqual(
      resultsSpec.charts.map((c) => [c.id, { columnClustered: "ColumnClustered", barClustered: "BarClustered", line: "Line", lineMarkers: "LineMarkers" }[c.type], c.placeAt]),
    );
    expect(charts.map((c) => c.title)).toEqual(resultsSpec.charts.map((c) => c.title));
  });

  test("revenue by segment: hourly, current and recommended revenue over the segment names", () => {
    const segments = block(resultsSpec, "segments");
    const first = topRow(segments) + 1;
    const last = topRow(segments) + segments.values.length - 1;
    const chart = fake.workbook.get(RESULTS_SHEET).charts.find((c) => c.name === "revenueBySegment")!;
    // Each bar series filled and outlined in its own colour of the palette, so it draws without the theme.
    const bars = (color: string) => ({ fill: color, line: { color } });
    expect(chart.series).toEqual([
      { name: "Hourly revenue", values: col("E", first, last), xValues: col("A", first, last), ...bars(CHART_PALETTE[0]) },
      { name: "Current revenue", values: col("F", first, last), xValues: col("A", first, last), ...bars(CHART_PALETTE[1]) },
      { name: "Recommended revenue", values: col("G", first, last), xValues: col("A", first, last), ...bars(CHART_PALETTE[2]) },
    ]);
    expect(chart.valueAxisTitle).toBe("Revenue per month");
    expect(chart.valueAxisNumberFormat).toBe('"$"#,##0'); // the column's money format without cents: round axis steps
  });

  test("annual revenue per client reads column J of the segment table", () => {
    const segments = block(resultsSpec, "segments");
    const first = topRow(segments) + 1;
    const last = topRow(segments) + segments.values.length - 1;
    const chart = fake.workbook.get(RESULTS_SHEET).charts.find((c) => c.name === "revenuePerClient")!;
    expect(chart.series).toEqual([
      { name: "Annual revenue per client", values: col("J", first, last), xValues: col("A", first, last), fill: CHART_PALETTE[0], line: { color: CHART_PALETTE[0] } },
    ]);
  });

  test("margin by drive time: both margins over the drive minutes of the sensitivity table", () => {
    const sens = block(resultsSpec, "sensitivity");
    const first = topRow(sens) + 1;
    const last = topRow(sens) + sens.values.length - 1;
    const chart = fake.workbook.get(RESULTS_SHEET).charts.find((c) => c.name === "marginByDriveTime")!;
    // Lines in their own colour and dash (told apart in greyscale too), with no fill.
    expect(chart.series).toEqual([
      { name: "Margin with travel charge", values: col("D", first, last), xValues: col("A", first, last), line: { color: CHART_PALETTE[0], lineStyle: "Continuous", weight: 2.25 } },
      { name: "Margin without travel charge", values: col("E", first, last), xValues: col("A", first, last), line: { color: CHART_PALETTE[1], lineStyle: "Dash", weight: 2.25 } },
    ]);
    expect([chart.categoryAxisTitle, chart.valueAxisTitle]).toEqual(["Drive minutes (one way)", "Margin per visit"]);
  });
});

test("on ExcelApi 1.7 the charts are drawn and coloured all the same; the axis keeps its source's number format (ChartAxis.numberFormat is 1.8)", async () => {
  const old = excelWith(sampleGrids(), { excelApi: "1.7" });
  await analyzeIn(old);
  const charts = old.workbook.get(RESULTS_SHEET).charts;
  expect(charts).toHaveLength(3);
  expect(charts.every((c) => c.valueAxisNumberFormat === undefined)).toBe(true);
  expect(charts.flatMap((c) => c.series.map((s) => s.line?.color))).toEqual([...CHART_PALETTE.slice(0, 3), CHART_PALETTE[0], CHART_PALETTE[0], CHART_PALETTE[1]]);
});

describe("sheet setup", () => {
  test("the rate card prints portrait on one page, centred, over its print area, with half-inch margins", () => {
    const layout = fake.workbook.get(RATE_CARD_SHEET).pageLayout;
    expect(layout).toEqual({
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printArea: rateCardSpec.print!.printArea,
      centerHorizontally: true,
      margins: { top: 36, bottom: 36, left: 36, right: 36 },
    });
  });

  test("column widths follow the plan (Excel character units → points) and gridlines are off", () => {
    const sheet = fake.workbook.get(RESULTS_SHEET);
    const chars = resultsSpec.columnWidths![0]!;
    expect(sheet.columnWidths.get(0)).toBeCloseTo((chars * 7 + 5) * 0.75, 2); // a "0" is 7 px, plus 5 px padding
    expect(sheet.showGridlines).toBe(false);
  });

  test("the results sheet is the active sheet afterwards", () => {
    expect(fake.workbook.activeSheet?.name).toBe(RESULTS_SHEET);
  });
});

describe("ownership", () => {
  test("each output sheet is marked ours by its workbook-scoped name referring to its A1", () => {
    for (const sheet of [RESULTS_SHEET, RATE_CARD_SHEET]) {
      const marker = fake.workbook.name(OWNERSHIP_NAMES[sheet]!)!;
      expect({ sheet: marker.sheet?.name, ref: marker.ref }).toEqual({ sheet, ref: "$A$1" });
    }
  });
});

describe("running twice", () => {
  test("replaces the output sheets in place: same sheets, same order, no duplicated tables, charts or names", async () => {
    const sheets = fake.workbook.sheetNames();
    const tables = fake.workbook.tables.map((t) => `${t.sheet.name}/${t.name}`).sort();
    const names = fake.workbook.names.map((n) => n.name).sort();
    const cells = [...fake.workbook.get(RESULTS_SHEET).cells];

    await analyzeIn(fake);

    expect(fake.workbook.sheetNames()).toEqual(sheets);
    expect(fake.workbook.tables.map((t) => `${t.sheet.name}/${t.name}`).sort()).toEqual(tables);
    expect(fake.workbook.names.map((n) => n.name).sort()).toEqual(names);
    expect(fake.workbook.get(RESULTS_SHEET).charts).toHaveLength(3);
    expect([...fake.workbook.get(RESULTS_SHEET).cells]).toEqual(cells);
  });

  test("an old cell beyond the new results is gone, not left over", async () => {
    fake.workbook.get(RESULTS_SHEET).touch(5000, 30).value = "left over";
    await analyzeIn(fake);
    expect(fake.workbook.get(RESULTS_SHEET).cell(5000, 30)).toBeUndefined();
  });

  test("works after the user deleted our sheet, leaving its marker pointing nowhere (#REF!)", async () => {
    fake.workbook.deleteSheet(fake.workbook.get(RESULTS_SHEET));
    await analyzeIn(fake);
    expect(fake.workbook.name(OWNERSHIP_NAMES[RESULTS_SHEET]!)!.sheet?.name).toBe(RESULTS_SHEET);
    expect(fake.workbook.get(RESULTS_SHEET).charts).toHaveLength(3);
  });
});

test("a table name the user already has elsewhere is left to them: ours gets a free name", async () => {
  const theirs = excelWith(sampleGrids(), {}, ["Notes"]);
  theirs.workbook.addTable(theirs.workbook.get("Notes"), { top: 0, left: 0, bottom: 1, right: 1 }, RESULT_TABLES.clients);
  await analyzeIn(theirs);
  expect(theirs.workbook.table(RESULT_TABLES.clients)!.sheet.name).toBe("Notes");
  expect(theirs.workbook.table(`${RESULT_TABLES.clients}_2`)!.sheet.name).toBe(RESULTS_SHEET);
});
