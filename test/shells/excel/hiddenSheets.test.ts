/**
 * Sheets the user hid. Freeze panes of a hidden sheet throw (OfficeDev/office-js#1463) and a hidden
 * sheet cannot be activated, so our hidden output sheets are updated without either, and stay
 * hidden; only a sheet the user asked to see (the rate card) is shown. A problem on a hidden input
 * sheet gets its own message instead of Excel's refusal.
 */
import { runFlow } from "../../../src/core/flow";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { HiddenSheetError, applyPlan, readWorkbook, selectCell } from "../../../src/shells/excel";
import { analyzeIn, ctx, excelWith } from "./helpers";

test("the fake refuses to freeze panes on a hidden sheet (office-js#1463)", async () => {
  const fake = excelWith(sampleGrids());
  fake.workbook.get("Clients").visibility = "Hidden";
  const c = ctx(fake);
  c.workbook.worksheets.getItem("Clients").freezePanes.freezeRows(1);
  await expect(c.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
});

test("Analyze updates a hidden Pricing Results sheet in place, leaves it hidden and finishes the write", async () => {
  const fake = excelWith(sampleGrids());
  await analyzeIn(fake, ["results"]);
  const results = fake.workbook.get(RESULTS_SHEET);
  results.visibility = "Hidden";
  fake.workbook.activeSheet = fake.workbook.get("Clients");
  // A stale figure on the hidden sheet (B5: the number of clients) must be rewritten.
  results.touch(4, 1).value = "stale";
  const run = await analyzeIn(fake, ["results"]);
  expect(run.errors).toBe(0);
  expect(results.visibility).toBe("Hidden");
  expect(fake.workbook.activeSheet?.name).toBe("Clients");
  expect(results.cell(4, 1)?.value).toBe(28);
  // The "writing" flag is gone: the write finished.
  expect(fake.workbook.names.filter((n) => n.name.includes("_Writing_"))).toEqual([]);
});

test("Generate rate card shows a rate card the user had hidden (they asked to see it)", async () => {
  const fake = excelWith(sampleGrids());
  await analyzeIn(fake, ["rateCard"]);
  fake.workbook.get(RATE_CARD_SHEET).visibility = "Hidden";
  const read = await readWorkbook(ctx(fake));
  const flow = runFlow(read.grids, { sheets: ["rateCard"] });
  const plan = { sheets: flow.plan!.sheets.map((s) => ({ ...s, activate: true, reveal: true })) };
  await applyPlan(ctx(fake), plan, read.state);
  expect(fake.workbook.get(RATE_CARD_SHEET).visibility).toBe("Visible");
  expect(fake.workbook.activeSheet?.name).toBe(RATE_CARD_SHEET);
});

test("choosing a problem on a hidden input sheet says to unhide that sheet", async () => {
  const fake = excelWith(sampleGrids());
  fake.workbook.get("Clients").visibility = "Hidden";
  const error = await selectCell(ctx(fake), "Clients!E7").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HiddenSheetError);
  expect((error as Error).message).toBe("The sheet Clients is hidden: right-click any sheet tab, choose Unhide, pick Clients, then choose the problem again.");
});
