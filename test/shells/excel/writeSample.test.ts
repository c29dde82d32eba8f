/** "Create sample model": the engine's sample as formatted Excel tables, and nothing else touched. */
import { ForeignSheetError, readWorkbook, writeSample } from "../../../src/shells/excel";
import { createFakeExcel, installFakeExcel } from "../../../src/testing/fakeExcel";
import { sampleModelTables } from "../../../src/core/workbook/sample";
import { RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { analyzeIn, ctx, snapshot } from "./helpers";

function emptyWorkbook(extra: string[] = []) {
  const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [["my notes"]] }, ...extra.map((name) => ({ name }))] });
  installFakeExcel(fake);
  return fake;
}

test("writes the six sample tables on their own sheets, then freezes and activates them in a second request", async () => {
  const fake = emptyWorkbook();
  const { state } = await readWorkbook(ctx(fake));
  const before = fake.workbook.syncs;
  await writeSample(ctx(fake), state);
  // Sheets added in a request are activated and frozen only in the next (OfficeDev/office-js#930, #3148).
  expect(fake.workbook.syncs - before).toBe(2);
  expect(fake.workbook.activeSheet?.name).toBe("Clients");
  expect(fake.workbook.sheetNames()).toEqual(["Sheet1", "Settings", "Tiers", "Clients", "Travel Zones", "Benefits", "Time Log"]);
  for (const t of sampleModelTables()) {
    const table = fake.workbook.table(t.tableName)!;
    expect(table.sheet.name).toBe(t.sheet);
    expect(table.sheet.values(table.rect)).toEqual([t.header, ...t.rows.map((r) => r.map((v) => v ?? ""))]);
    expect(table.sheet.frozenRows).toBe(1);
  }
});

test("leaves the other sheets exactly as they were", async () => {
  const fake = emptyWorkbook();
  const { state } = await readWorkbook(ctx(fake));
  await writeSample(ctx(fake), state);
  expect(fake.workbook.get("Sheet1").value("A1")).toBe("my notes");
  expect(fake.workbook.get("Sheet1").cells.size).toBe(1);
});

test("formats money columns: the tiers' monthly fee in dollars", async () => {
  const fake = emptyWorkbook();
  const { state } = await readWorkbook(ctx(fake));
  await writeSample(ctx(fake), state);
  const tiers = fake.workbook.get("Tiers");
  expect(tiers.cell(1, 1)?.numberFormat).toBe('"$"#,##0.00');
});

test("refuses, writing nothing, when one of its sheets already exists", async () => {
  const fake = emptyWorkbook(["Clients"]);
  const { state } = await readWorkbook(ctx(fake));
  const before = snapshot(fake);
  await expect(writeSample(ctx(fake), state)).rejects.toThrow(ForeignSheetError);
  await expect(writeSample(ctx(fake), state)).rejects.toMatchObject({ sheet: "Clients" });
  expect(snapshot(fake)).toBe(before);
});

test("then Analyze prices it: the results sheet appears with its three charts", async () => {
  const fake = emptyWorkbook();
  const { state } = await readWorkbook(ctx(fake));
  await writeSample(ctx(fake), state);
  const run = await analyzeIn(fake);
  expect(run.errors).toBe(0);
  expect(fake.workbook.get(RESULTS_SHEET).charts).toHaveLength(3);
});
