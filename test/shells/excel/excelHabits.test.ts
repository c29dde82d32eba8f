/**
 * Small habits of real Excel the shell now follows:
 * - merged areas come back joined by the locale's list separator, "," or ";" in German Excel
 *   (OfficeDev/office-js#1167, #1985): both are read;
 * - where ExcelApi 1.20 exists one action is one undo group (Excel.RunOptions.mergeUndoGroup:
 *   "When false, each context.sync() call creates an undo record");
 * - the hidden "writing" name carries no comment (it lives for one write, and a name's comment is
 *   not undoable on Excel on the web: "Undo support in Excel add-ins").
 */
import { createFakeExcel, installFakeExcel, workbookFromGrids } from "../../../src/testing/fakeExcel";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { readWorkbook, runInExcel } from "../../../src/shells/excel";
import { analyzeIn, ctx, excelWith } from "./helpers";

test.each([",", ";"] as const)("merged areas listed with %j between them are all read", async (separator) => {
  const init = workbookFromGrids(sampleGrids());
  const clients = init.sheets.find((s) => s.name === "Clients")!;
  clients.merges = ["K2:K3", "K5:K6"];
  const fake = createFakeExcel(init, { excelApi: "1.13" });
  installFakeExcel(fake);
  fake.workbook.listSeparator = separator;
  const read = await readWorkbook(ctx(fake));
  expect(read.grids.find((g) => g.key === "clients")!.merges?.length).toBe(2);
});

test.each([
  ["1.20", 1],
  ["1.11", 2],
] as const)("with ExcelApi %s, an action of two requests makes %i undo step(s)", async (excelApi, steps) => {
  const fake = excelWith(sampleGrids(), { excelApi });
  await runInExcel("Analyze", async (context) => {
    context.workbook.worksheets.getItem("Clients").getRange("Z1").values = [["a"]];
    await context.sync();
    context.workbook.worksheets.getItem("Clients").getRange("Z2").values = [["b"]];
    await context.sync();
  });
  expect(fake.workbook.undoSteps).toBe(steps);
});

test("the writing flag has no comment (left behind by a write cut short, it is found by name alone)", async () => {
  const fake = excelWith(sampleGrids());
  fake.workbook.failRequest(4); // the first run's last request (find, read, add the sheet, finish): dropped
  await expect(analyzeIn(fake, ["results"])).rejects.toThrow();
  const flag = fake.workbook.names.find((n) => n.name.includes("_Writing_"));
  expect(flag).toBeDefined();
  expect(flag!.comment).toBe("");
});
