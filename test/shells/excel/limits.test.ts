/**
 * Issue 9: Excel's limits and cell-edit mode. A stray value far down a plain sheet no longer
 * makes the read pass the 5,000,000-cell limit; a request refused because the user is editing a
 * cell writes nothing and the user is told what to do (or, with ExcelApi 1.11, it waits).
 */
import { CellEditModeError, readWorkbook, runInExcel, applyPlan } from "../../../src/shells/excel";
import { runFlow } from "../../../src/core/flow";
import { RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { createFakeExcel, installFakeExcel } from "../../../src/testing/fakeExcel";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { ctx, excelWith, snapshot } from "./helpers";

function plainClients() {
  const clients = sampleGrids().find((g) => g.key === "clients")!;
  const tiers = sampleGrids().find((g) => g.key === "tiers")!;
  // The sample's Time log fills the Clients cells it leaves blank (PRICING.md §1).
  const log = sampleGrids().find((g) => g.key === "timeLog")!;
  const fake = createFakeExcel({
    sheets: [{ name: "Clients", values: clients.values }, { name: "Tiers", values: tiers.values }, { name: "Time Log", values: log.values }],
  });
  installFakeExcel(fake);
  return { fake, clients: clients.values };
}

describe("a plain sheet with a stray value far from its data", () => {
  test.each([
    ["far down another column (Z900000)", 899_999, 25],
    ["at the sheet's last cell (XFD1048576)", 1_048_575, 16_383],
  ])("%s: read to its real last row, within the cell limit", async (_where, row, col) => {
    const { fake, clients } = plainClients();
    fake.workbook.get("Clients").touch(row, col).value = "note";
    const read = await readWorkbook(ctx(fake));
    expect(read.grids.find((g) => g.key === "clients")!.values).toEqual(clients);
    expect(read.syncs).toBe(3); // find, first rows + sizes, how far the header columns go
    expect(runFlow(read.grids, { sheets: [] }).analysis.errors).toEqual([]);
  });

  test("in a header column, the row is read (and named in a warning at its cell), in requests under 5 MB", async () => {
    const { fake } = plainClients();
    fake.workbook.get("Clients").touch(199_999, 0).value = "Stray Ltd";
    const read = await readWorkbook(ctx(fake));
    const grid = read.grids.find((g) => g.key === "clients")!;
    expect(grid.values).toHaveLength(200_000);
    expect(grid.values[199_999]![0]).toBe("Stray Ltd");
    for (const r of fake.workbook.requests) expect(r.responseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    // PRICING.md §1 (issue 8): a row with nothing but a name is a note, not a client, and is named at its cell.
    expect(runFlow(read.grids, { sheets: [] }).analysis.warnings.some((w) => w.cell === "Clients!A200000")).toBe(true);
  }, 60_000);
});

describe("the user is editing a cell", () => {
  test("on an Excel without delayForCellEdit: Analyze stops with what to do, and nothing is written", async () => {
    const fake = excelWith(sampleGrids(), { excelApi: "1.9" });
    fake.workbook.cellEditMode = true;
    const before = snapshot(fake);
    const run = runInExcel("Analyze", async (context) => {
      const read = await readWorkbook(context);
      return applyPlan(context, runFlow(read.grids).plan!, read.state);
    });
    await expect(run).rejects.toThrow(CellEditModeError);
    await expect(run).rejects.toThrow("Finish editing the cell (Enter or Esc), then choose Analyze again.");
    expect(snapshot(fake)).toBe(before);
  });

  test("between the read and the write: the write is refused whole, nothing half-written", async () => {
    const fake = excelWith(sampleGrids(), { excelApi: "1.9" });
    const before = snapshot(fake);
    const run = runInExcel("Analyze", async (context) => {
      const read = await readWorkbook(context);
      fake.workbook.cellEditMode = true; // the user double-clicks a cell while the pane prices
      return applyPlan(context, runFlow(read.grids).plan!, read.state);
    });
    await expect(run).rejects.toThrow(CellEditModeError);
    expect(snapshot(fake)).toBe(before);
  });

  test("with ExcelApi 1.11 the batch waits until the user leaves the cell, then writes", async () => {
    const fake = excelWith(sampleGrids(), { excelApi: "1.11" });
    fake.workbook.cellEditMode = true;
    let done = false;
    const run = runInExcel("Analyze", async (context) => {
      const read = await readWorkbook(context);
      return applyPlan(context, runFlow(read.grids).plan!, read.state);
    }).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(fake.workbook.sheet(RESULTS_SHEET)).toBeUndefined();
    fake.workbook.exitCellEdit();
    await run;
    expect(fake.workbook.get(RESULTS_SHEET).charts).toHaveLength(3);
  });
});
