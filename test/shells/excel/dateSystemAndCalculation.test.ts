/**
 * Two facts only Excel knows, found in the read's first request.
 * - The date system: a Mac workbook may use the 1904 date system, whose serials are 1,462 days
 *   below the 1900 system's for the same day (Microsoft KB 214330); `DATE(1904,1,2)` is 1 there.
 *   The Time log's dates are read in it; hours (durations) are not dates and stay as they are.
 * - Manual calculation ("calculation is done when the user requests it": Excel.CalculationMode):
 *   formulas hold stale results, so the shell recalculates (Application.calculate) before reading.
 */
import { sampleGrids } from "../../../src/core/workbook/sample";
import { runFlow } from "../../../src/core/flow";
import { kpis } from "../../../src/core/pricing/kpis";
import { timeLogCoverage } from "../../../src/core/workbook/timeLogCoverage";
import { readWorkbook } from "../../../src/shells/excel";
import type { Grid } from "../../../src/core/workbook/grid";
import { ctx, excelWith } from "./helpers";

/** The sample with its Time log dates as a 1904 workbook stores them. */
function sample1904(): Grid[] {
  return sampleGrids().map((g) => {
    if (g.key !== "timeLog") return g;
    const date = g.values[0]!.indexOf("Date");
    return { ...g, values: g.values.map((r, i) => (i === 0 || typeof r[date] !== "number" ? r : r.map((v, j) => (j === date ? (v as number) - 1462 : v)))) };
  });
}

test("the fake: DATE(1904,1,2) is 1 in a 1904 workbook, 1463 in a 1900 one", async () => {
  for (const [date1904, expected] of [[true, 1], [false, 1463]] as const) {
    const fake = excelWith(sampleGrids());
    fake.workbook.date1904 = date1904;
    const c = ctx(fake);
    const day = c.workbook.functions.date(1904, 1, 2).load("value");
    await c.sync();
    expect(day.value).toBe(expected);
  }
});

test("a 1904 workbook's Time log is read in its date system: the same months, visits and figures as the 1900 sample", async () => {
  const fake = excelWith(sample1904());
  fake.workbook.date1904 = true;
  const read = await readWorkbook(ctx(fake));
  expect(read.dateSystem).toBe(1904);
  expect(read.syncs).toBeLessThanOrEqual(2);
  expect(timeLogCoverage(read.grids)).toEqual(timeLogCoverage(sampleGrids()));
  expect(kpis(runFlow(read.grids, { sheets: [] }).analysis)).toEqual(kpis(runFlow(sampleGrids(), { sheets: [] }).analysis));
});

test("a 1900 workbook says so and its grids carry no date system (as the .xlsx shell hands them over)", async () => {
  const read = await readWorkbook(ctx(excelWith(sampleGrids())));
  expect(read.dateSystem).toBe(1900);
  expect(read.grids.every((g) => g.dateSystem === undefined)).toBe(true);
});

test("in manual calculation mode a stale formula result is recalculated before it is read, within two requests", async () => {
  const fake = excelWith(sampleGrids());
  fake.workbook.calculationMode = "Manual";
  const clients = fake.workbook.get("Clients");
  const table = fake.workbook.tablesOn("Clients")[0]!;
  // Row 2's client name is a formula whose last result is stale: recalculating gives the real one.
  const name = clients.cell(table.rect.top + 1, table.rect.left)!.value;
  clients.touch(table.rect.top + 1, table.rect.left).value = "Stale name";
  clients.pendingResults.set(`${table.rect.top + 1},${table.rect.left}`, name);
  const read = await readWorkbook(ctx(fake));
  expect(read.recalculated).toBe(true);
  expect(read.syncs).toBeLessThanOrEqual(2);
  expect(read.grids.find((g) => g.key === "clients")!.values[1]![0]).toBe(name);
});
