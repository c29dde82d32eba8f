/** Reading the model: the six tables (or their sheets) as grids, and the state of our output sheets, in two syncs. */
import { outputSheetStates, readWorkbook } from "../../../src/shells/excel";
import { createFakeExcel, installFakeExcel, PAYLOAD_LIMIT } from "../../../src/testing/fakeExcel";
import type { CellValue, Grid } from "../../../src/core/workbook/grid";
import { OWNERSHIP_NAMES, RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { runFlow } from "../../../src/core/flow";
import { ctx, excelWith, snapshot } from "./helpers";

test("finds the five sample tables and reads them as they are, in two syncs, changing nothing", async () => {
  const fake = excelWith(sampleGrids());
  const before = snapshot(fake);
  const read = await readWorkbook(ctx(fake));
  expect(fake.workbook.syncs).toBe(2);
  expect(read.grids.map(({ rowBelow: _, ...grid }) => grid)).toEqual(sampleGrids());
  // With each table comes the blank row just under it.
  expect(read.grids.map((g) => g.rowBelow)).toEqual(
    sampleGrids().map((g) => ({ row: g.values.length, values: new Array(g.values[0]!.length).fill(null) })),
  );
  expect(snapshot(fake)).toBe(before);
});

test("an empty workbook takes one sync and finds nothing", async () => {
  const fake = createFakeExcel();
  const read = await readWorkbook(ctx(fake));
  expect(fake.workbook.syncs).toBe(1);
  expect(read.grids).toEqual([]);
  expect(Object.values(read.located)).toEqual([null, null, null, null, null, null]);
});

test("a table off A1 keeps its origin, so problems name the right cells; its totals row comes marked, for the core to leave out", async () => {
  const fake = createFakeExcel({
    sheets: [{
      name: "Model",
      at: "C3",
      values: [["Tier", "Monthly fee"], ["Basic", 99], ["Total", 99]],
      tables: [{ name: "Tiers", range: "C3:D5" }],
    }],
  });
  fake.workbook.table("Tiers")!.showTotals = true;
  const [grid] = (await readWorkbook(ctx(fake))).grids;
  expect(grid).toEqual({
    key: "tiers", sheet: "Model", source: "table", tableName: "Tiers", origin: { row: 2, col: 2 },
    values: [["Tier", "Monthly fee"], ["Basic", 99], ["Total", 99]], totalsRow: true, rowBelow: { row: 5, values: [null, null] },
  });
});

test("a plain sheet is read from A1 to its last value, blanks as null (issue 8: the core finds the header row)", async () => {
  const fake = createFakeExcel({
    sheets: [{
      name: "Clients",
      values: [
        ["Client", "Segment", null, "Stray"],
        ["Ann", "Home", null, "stray note"],
        [null, null, null, null],
        ["Bob", null, null, null],
      ],
    }],
  });
  const [grid] = (await readWorkbook(ctx(fake))).grids;
  expect(grid).toEqual({
    key: "clients", sheet: "Clients", source: "sheet", origin: { row: 0, col: 0 },
    values: [["Client", "Segment", null, "Stray"], ["Ann", "Home", null, "stray note"], [null, null, null, null], ["Bob", null, null, null]],
  });
});

test("tells our output sheets (marked) from the user's (same name, no marker)", async () => {
  const fake = createFakeExcel({
    sheets: [{ name: RESULTS_SHEET }, { name: RATE_CARD_SHEET }],
    names: [{ name: OWNERSHIP_NAMES[RESULTS_SHEET]!, sheet: RESULTS_SHEET, range: "A1" }],
  });
  installFakeExcel(fake);
  const { state } = await readWorkbook(ctx(fake));
  expect(outputSheetStates(state)).toEqual([
    { name: RESULTS_SHEET, state: "ours" },
    { name: RATE_CARD_SHEET, state: "foreign" },
    { name: "Scenarios", state: "absent" },
  ]);
});

describe("a row typed just under an Excel table, outside it", () => {
  const WARNING = "This row is just below the Tiers table, outside it, so it is not read — resize the table (Table Design › Resize Table) to include it.";

  // The sample's four tiers fill rows 2–5 of its Tiers table, across 12 columns.
  test("is read with the table in the same second sync, and the analysis warns at Tiers!A6", async () => {
    const fake = excelWith(sampleGrids());
    const tiers = fake.workbook.sheet("Tiers")!;
    tiers.touch(5, 0).value = "Enterprise";
    tiers.touch(5, 1).value = 4000;
    const read = await readWorkbook(ctx(fake));
    expect(fake.workbook.syncs).toBe(2);
    const grid = read.grids.find((g) => g.key === "tiers")!;
    expect(grid.values).toHaveLength(5);
    expect(grid.rowBelow).toEqual({ row: 5, values: ["Enterprise", 4000, ...Array(10).fill(null)] });
    const flow = runFlow(read.grids, { sheets: ["results"] });
    expect(flow.analysis.errors).toEqual([]);
    expect(flow.analysis.warnings).toContainEqual({ cell: "Tiers!A6", message: WARNING });
    expect(flow.plan).not.toBeNull();
  });

  test("under a totals row: the row under the totals row counts, the totals row does not", async () => {
    const fake = createFakeExcel({
      sheets: [{
        name: "Tiers",
        values: [["Tier", "Monthly fee"], ["Basic", 99], ["Total", 99], [null, "pasted"]],
        tables: [{ name: "Tiers", range: "A1:B3", showTotals: true }],
      }],
    });
    const [grid] = (await readWorkbook(ctx(fake))).grids;
    expect(grid!.rowBelow).toEqual({ row: 3, values: [null, "pasted"] });
    expect(runFlow([grid!], { sheets: [] }).analysis.warnings).toContainEqual({ cell: "Tiers!A4", message: WARNING });
  });

  test("a table that ends on the sheet's last row has none: Excel refuses the row below (and the first rows' window), so it is read by size, then rows", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Data", at: "A1048575", values: [["Tier", "Monthly fee"], ["Basic", 99]], tables: [{ name: "Tiers", range: "A1048575:B1048576" }] }],
    });
    const [grid] = (await readWorkbook(ctx(fake))).grids;
    expect(grid).toEqual({
      key: "tiers", sheet: "Data", source: "table", tableName: "Tiers", origin: { row: 1_048_574, col: 0 },
      values: [["Tier", "Monthly fee"], ["Basic", 99]],
    });
    expect(fake.workbook.syncs).toBe(4); // find, the refused request, sizes, the rows
  });
});

test("a Time log table is found and read like the others: still two syncs, every entry in the grid", async () => {
  const log: Grid = {
    key: "timeLog", sheet: "Time Log", source: "table", tableName: "TimeLog", origin: { row: 0, col: 0 },
    values: [["Date", "Client", "Hours", "On site", "Amount"],
      ...Array.from({ length: 3_000 }, (_, i): CellValue[] => [45_658 + (i % 365), `Client ${i % 40}`, 1.5, i % 3 === 0 ? "No" : "Yes", 125])],
  };
  const fake = excelWith([...sampleGrids().filter((g) => g.key !== "timeLog"), log]);
  const read = await readWorkbook(ctx(fake));
  expect(fake.workbook.syncs).toBe(2);
  expect(read.located.timeLog).toEqual({ source: "table", tableName: "TimeLog", sheet: "Time Log" });
  const grid = read.grids.find((g) => g.key === "timeLog")!;
  expect(grid.values).toEqual(log.values);
  for (const request of fake.workbook.requests) expect(request.bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
});
