/**
 * The Office.js shell carries out the plan's layout in the same request as the values: row
 * heights for wrapped rows (RangeFormat.rowHeight, one operation per run of equal heights),
 * wrapped header rows bottom-aligned, centred columns. The strict fake records each of them.
 */
import { runFlow } from "../../../src/core/flow";
import { parseA1 } from "../../../src/core/workbook/address";
import { RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { heightRuns } from "../../../src/shells/excel/sheetSetup";
import { createFakeExcel } from "../../../src/testing/fakeExcel";
import { snapshotWorkbook } from "../../../src/testing/fakeExcel/snapshot";
import type { Block } from "../../../src/core/report/sheetPlan";
import { ACCENT } from "../../../src/core/report/sheets/planRateCard";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { analyzeIn, excelWith } from "./helpers";

const plan = runFlow(sampleGrids()).plan!;
const spec = (name: string) => plan.sheets.find((s) => s.name === name)!;
const block = (name: string, id: string): Block => spec(name).blocks.find((b) => b.id === id)!;

describe("Office.js shell: layout of the sample's sheets", () => {
  let fake: ReturnType<typeof excelWith>;
  let applySyncs: number;
  beforeAll(async () => {
    fake = excelWith(sampleGrids());
    applySyncs = (await analyzeIn(fake)).applySyncs;
  });

  test.each([RATE_CARD_SHEET, RESULTS_SHEET])("%s: every planned row height is set, and no other", (name) => {
    const planned = spec(name).rowHeights!;
    expect(planned.length).toBeGreaterThan(0);
    const set = [...fake.workbook.get(name).rowHeights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row: row + 1, height }));
    expect(set).toEqual(planned);
  });

  test("the heights travel in the request that writes the values; the second only activates the new sheet", () => {
    expect(applySyncs).toBe(2);
    const [write, finish] = fake.workbook.requests.slice(-2);
    expect(write!.ops).toBeGreaterThan(100);
    expect(finish!.ops).toBeLessThan(10);
  });

  test("a wrapped table header is bottom-aligned; the data rows under it do not wrap", () => {
    const sheet = fake.workbook.get(RESULTS_SHEET);
    const { row, col } = parseA1(block(RESULTS_SHEET, "clients").at);
    expect(sheet.cell(row, col + 16)).toMatchObject({ value: "Recommended revenue", wrapText: true, verticalAlignment: "Bottom" });
    expect(sheet.cell(row + 1, col)?.wrapText).toBeUndefined();
  });

  test("the rate card's price list: a header in white on the accent, tiers centred and wrapped, a thin rule under each term", () => {
    const sheet = fake.workbook.get(RATE_CARD_SHEET);
    const list = block(RATE_CARD_SHEET, "priceList");
    const { row, col } = parseA1(list.at);
    expect(sheet.cell(row, col + 2)).toMatchObject({ value: "Essentials", fill: ACCENT, font: { bold: true, size: 12, color: "#FFFFFF" }, horizontalAlignment: "Center" });
    const response = row + list.values.findIndex((r) => r[0] === "Response time");
    expect(sheet.cell(response, col + 2)).toMatchObject({ value: "Within 24 hours", horizontalAlignment: "Center", verticalAlignment: "Top", wrapText: true, borderBottom: "#D9D9D9" });
    expect(sheet.cell(response, col)?.horizontalAlignment).toBeUndefined();
  });

  test("the workbook snapshot (preview, download) carries the fills and rules", () => {
    const card = snapshotWorkbook(fake.workbook).sheets.find((s) => s.name === RATE_CARD_SHEET)!;
    const { row } = parseA1(block(RATE_CARD_SHEET, "priceList").at);
    expect(card.cells.filter((c) => c.row === row).map((c) => c.fill)).toEqual(new Array(6).fill(ACCENT));
    expect(card.cells.some((c) => c.borderBottom === ACCENT)).toBe(true); // the rule under the heading
  });

  test("the workbook snapshot (preview, download) carries the heights", () => {
    const card = snapshotWorkbook(fake.workbook).sheets.find((s) => s.name === RATE_CARD_SHEET)!;
    expect(card.rowHeights.map(([row, height]) => ({ row: row + 1, height }))).toEqual(spec(RATE_CARD_SHEET).rowHeights);
  });
});

describe("heightRuns", () => {
  test("sends consecutive rows of one height as one range", () => {
    expect(
      heightRuns([
        { row: 9, height: 45 },
        { row: 5, height: 30 },
        { row: 6, height: 30 },
        { row: 7, height: 45 },
      ]),
    ).toEqual([
      { from: 5, to: 6, height: 30 },
      { from: 7, to: 7, height: 45 },
      { from: 9, to: 9, height: 45 },
    ]);
  });
});

describe("the fake's row heights are as strict as Excel's", () => {
  test("a height sets every row of the range, lands at sync, and reads back only after a load", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    const context = fake.context();
    const range = context.workbook.worksheets.getItem("Data").getRange("A2:C3");
    range.format.rowHeight = 30;
    expect(fake.workbook.get("Data").rowHeights.size).toBe(0);
    await context.sync();
    expect([...fake.workbook.get("Data").rowHeights]).toEqual([[1, 30], [2, 30]]);
    expect(() => range.format.rowHeight).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.format.load("rowHeight");
    await context.sync();
    expect(range.format.rowHeight).toBe(30);
  });

  test("a height beyond Excel's 409 points fails the request", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    const context = fake.context();
    context.workbook.worksheets.getItem("Data").getRange("A1").format.rowHeight = 500;
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
