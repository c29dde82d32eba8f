/**
 * The in-memory Excel is only worth testing against if it is as strict as Office.js: reads need
 * load + sync, writes wait for sync, oversized requests and missing requirement sets fail.
 */
import { createFakeExcel, PAYLOAD_LIMIT } from "../../src/preview/fakeExcel";

function book() {
  return createFakeExcel({ sheets: [{ name: "Data", values: [["a", 1], ["b", 2]] }] });
}

test("reading a property that was never loaded throws PropertyNotLoaded", () => {
  const context = book().context();
  const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
  expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
});

test("a loaded property is readable only after the sync that carries the load", async () => {
  const context = book().context();
  const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2").load("values");
  expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  await context.sync();
  expect(range.values).toEqual([["a", 1], ["b", 2]]);
  expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
});

test("a collection's items exist only after load + sync", async () => {
  const context = book().context();
  const sheets = context.workbook.worksheets;
  expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  sheets.load("items/name");
  await context.sync();
  expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
});

test("writes land only when synced, and every sync is counted", async () => {
  const fake = book();
  const context = fake.context();
  context.workbook.worksheets.getItem("Data").getRange("C1").values = [[3]];
  expect(fake.workbook.get("Data").value("C1")).toBeNull();
  await context.sync();
  expect(fake.workbook.get("Data").value("C1")).toBe(3);
  expect(fake.workbook.syncs).toBe(1);
});

test("a request over 5 MB is refused whole, as Excel on the web refuses it", async () => {
  const fake = book();
  const context = fake.context();
  const rows = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
  context.workbook.worksheets.getItem("Data").getRange("D1:D60000").values = rows;
  await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(fake.workbook.requests[0]!.bytes).toBeGreaterThan(PAYLOAD_LIMIT);
  expect(fake.workbook.get("Data").value("D1")).toBeNull();
});

test("page layout on an Excel without ExcelApi 1.9 fails the request", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "Data" }] }, { excelApi: "1.8" });
  const context = fake.context();
  context.workbook.worksheets.getItem("Data").pageLayout.orientation = "Landscape";
  await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
  expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
});

test("values must match the range's shape; a single value fills every cell", async () => {
  const fake = book();
  const context = fake.context();
  const sheet = context.workbook.worksheets.getItem("Data");
  (sheet.getRange("E1:E3") as unknown as { numberFormat: string }).numberFormat = "0.00";
  sheet.getRange("F1:F2").values = [[1]];
  await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(fake.workbook.get("Data").cell(2, 4)?.numberFormat).toBe("0.00");
});

test("text starting with = is read as a formula unless it carries an apostrophe", async () => {
  const fake = book();
  const context = fake.context();
  context.workbook.worksheets.getItem("Data").getRange("G1:G2").values = [["=1+1"], ["'=1+1"]];
  await context.sync();
  const sheet = fake.workbook.get("Data");
  expect(sheet.cell(0, 6)?.formula).toBe("=1+1");
  expect(sheet.cell(1, 6)).toMatchObject({ value: "=1+1", quotePrefix: true });
  expect(sheet.cell(1, 6)?.formula).toBeUndefined();
});

test("table names are unique across the workbook", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "A", values: [["h"], [1]] }, { name: "B", values: [["h"], [1]] }] });
  const context = fake.context();
  context.workbook.worksheets.getItem("A").tables.add("A1:A2", true).name = "Prices";
  context.workbook.worksheets.getItem("B").tables.add("A1:A2", true).name = "prices";
  await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
});

test("getRowsBelow is the rows under a range, as wide as it; past the sheet's last row the request fails", async () => {
  const context = book().context();
  const sheet = context.workbook.worksheets.getItem("Data");
  const below = sheet.getRange("A1").getRowsBelow().load("values, address");
  const two = sheet.getRange("A1:B1").getRowsBelow(2).load("values");
  await context.sync();
  expect(below.address).toBe("Data!A2");
  expect(below.values).toEqual([["b"]]);
  expect(two.values).toEqual([["b", 2], ["", ""]]);
  sheet.getRange("A1048576:B1048576").getRowsBelow(1).load("values");
  await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
});
