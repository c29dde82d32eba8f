/**
 * Our five Excel tables on Pricing Results survive a re-run: where Table.resize exists (ExcelApi
 * 1.13; "the headers must remain in the same row, and the resulting table range must overlap the
 * original table range": Excel.Table.resize reference) they are resized, not deleted and added
 * again, so a user's structured reference such as `=SUM(PricingClients[…])` keeps working; a
 * deleted table turns such a formula into #REF! for good, as in Excel.
 */
import { runFlow } from "../../../src/core/flow";
import { RESULTS_SHEET, RESULT_TABLES } from "../../../src/core/report/outputs/names";
import { analyzeIn, ctx, excelWith, sampleWithClients } from "./helpers";

test("the fake: Table.resize needs ExcelApi 1.13 and keeps the header row; a deleted table breaks structured references", async () => {
  const old = excelWith(sampleWithClients(30));
  await analyzeIn(old, ["results"]);
  const c = ctx(old);
  c.workbook.tables.getItem(RESULT_TABLES.clients).resize("A1:B5");
  await expect(c.sync()).rejects.toMatchObject({ code: "ApiNotFound" });

  const fake = excelWith(sampleWithClients(30), { excelApi: "1.13" });
  await analyzeIn(fake, ["results"]);
  const table = fake.workbook.table(RESULT_TABLES.clients)!;
  const moved = ctx(fake);
  moved.workbook.tables.getItem(RESULT_TABLES.clients).resize(`A${table.rect.top + 3}:B${table.rect.top + 9}`);
  await expect(moved.sync()).rejects.toMatchObject({ code: "InvalidArgument" });

  const dash = fake.workbook.addSheet("Dashboard");
  dash.touch(0, 0).formula = `=SUM(${RESULT_TABLES.clients}[Clients])`;
  const gone = ctx(fake);
  gone.workbook.tables.getItem(RESULT_TABLES.clients).delete();
  await gone.sync();
  expect(dash.shown(0, 0)).toBe("#REF!");
});

test.each([30, 45, 29])("a re-run with %i clients keeps PricingClients: =SUM(PricingClients[<revenue column>]) follows the new rows", async (clients) => {
  const fake = excelWith(sampleWithClients(30), { excelApi: "1.13" });
  await analyzeIn(fake, ["results"]);
  const table = fake.workbook.table(RESULT_TABLES.clients)!;
  const sheet = fake.workbook.get(RESULTS_SHEET);
  const headers: string[] = [];
  for (let c = table.rect.left; c <= table.rect.right; c++) headers.push(String(sheet.cell(table.rect.top, c)?.value));
  const column = headers.findIndex((h) => /current/i.test(h) && /revenue/i.test(h));
  expect(column).toBeGreaterThanOrEqual(0);
  const dash = fake.workbook.addSheet("Dashboard");
  dash.touch(0, 0).formula = `=SUM(${RESULT_TABLES.clients}[${headers[column]}])`;

  // The user's Clients table grows or shrinks (the Clients sheet is rewritten with `clients` rows).
  // The copies are billed by the hour, so the blocks above the client table (Renewals lists the
  // clients on a tier) keep their size: Table.resize keeps a table only where its header stays.
  const grids = sampleWithClients(clients);
  const clientsGrid = grids.find((g) => g.key === "clients")!;
  const tierColumn = clientsGrid.values[0]!.findIndex((h) => String(h) === "Tier");
  clientsGrid.values.forEach((row, i) => { if (i > 30) row[tierColumn] = null; });
  const input = fake.workbook.tablesOn("Clients")[0]!;
  const inputSheet = fake.workbook.get("Clients");
  inputSheet.clear({ top: input.rect.top, left: input.rect.left, bottom: input.rect.bottom + 100, right: input.rect.right });
  clientsGrid.values.forEach((row, i) => row.forEach((v, j) => v !== null && (inputSheet.touch(input.rect.top + i, input.rect.left + j).value = v)));
  input.rect = { ...input.rect, bottom: input.rect.top + clientsGrid.values.length - 1 };

  const run = await analyzeIn(fake, ["results"]);
  expect(run.errors).toBe(0);
  expect(fake.workbook.table(RESULT_TABLES.clients)).toBe(table); // the same table, resized
  expect(table.rect.bottom - table.rect.top).toBe(clients);
  const expected = runFlow(grids, { sheets: [] }).analysis.clients.reduce((sum, c) => sum + (c as unknown as Record<string, number>)["currentRevenue"]!, 0);
  expect(dash.shown(0, 0)).toBeCloseTo(expected, 6);
});
