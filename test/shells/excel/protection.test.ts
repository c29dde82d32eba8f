/**
 * Protection. Excel refuses any change to a protected sheet and any new, deleted or shown sheet in
 * a workbook whose structure is protected, with AccessDenied ("Error handling with the
 * application-specific JavaScript APIs", error codes; Excel.WorksheetProtection, ExcelApi 1.2;
 * Excel.WorkbookProtection, ExcelApi 1.7). A request that fails part way is not rolled back, so
 * the shell finds both states in its first request and refuses before writing anything.
 */
import { sampleGrids } from "../../../src/core/workbook/sample";
import { RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { ProtectedSheetError, applyCellWrites } from "../../../src/shells/excel";
import { analyzeIn, ctx, excelWith, snapshot } from "./helpers";

test("the fake refuses a write to a protected sheet with AccessDenied, and a new sheet in a protected structure", async () => {
  const fake = excelWith(sampleGrids());
  fake.workbook.get("Clients").protected = true;
  const c = ctx(fake);
  c.workbook.worksheets.getItem("Clients").getRange("A1").values = [["x"]];
  await expect(c.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  fake.workbook.structureProtected = true;
  c.workbook.worksheets.add("New");
  await expect(c.sync()).rejects.toMatchObject({ code: "AccessDenied" });
});

test("Analyze with a protected Pricing Results sheet says how to unprotect it and changes nothing", async () => {
  const fake = excelWith(sampleGrids());
  await analyzeIn(fake, ["results"]);
  fake.workbook.get(RESULTS_SHEET).protected = true;
  const before = snapshot(fake);
  const error = await analyzeIn(fake, ["results"]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProtectedSheetError);
  expect((error as Error).message).toBe("Unprotect sheet Pricing Results (Review ▸ Unprotect Sheet), then run again.");
  expect(snapshot(fake)).toBe(before);
});

test("the first Analyze in a workbook whose structure is protected says so and adds nothing", async () => {
  const fake = excelWith(sampleGrids());
  fake.workbook.structureProtected = true;
  const before = snapshot(fake);
  const error = await analyzeIn(fake, ["results"]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProtectedSheetError);
  expect((error as Error).message).toBe("Unprotect the workbook's structure (Review ▸ Protect Workbook), then run again.");
  expect(snapshot(fake)).toBe(before);
});

test("Apply to workbook on a protected Settings sheet writes nothing and names the sheet", async () => {
  const fake = excelWith(sampleGrids());
  fake.workbook.get("Settings").protected = true;
  const before = snapshot(fake);
  const address = "Settings!B2";
  const current = fake.workbook.get("Settings").cell(1, 1)?.value ?? null;
  const error = await applyCellWrites(ctx(fake), [{ address, value: 999, expected: current } as never]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProtectedSheetError);
  expect((error as Error).message).toBe("Unprotect sheet Settings (Review ▸ Unprotect Sheet), then run again.");
  expect(snapshot(fake)).toBe(before);
});
