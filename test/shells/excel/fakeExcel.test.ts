/**
 * The in-memory Excel is only worth testing against if it is as strict as Office.js: reads need
 * load + sync, writes wait for sync, oversized requests and missing requirement sets fail.
 */
import { createFakeExcel, PAYLOAD_LIMIT } from "../../../src/testing/fakeExcel";

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

// ---- Issue 9: the fake is as strict as Excel on each documented rule (source beside each rule in src/testing/fakeExcel).

test("deleting a very hidden sheet fails with InvalidOperation (Worksheet.delete reference); hidden first, it goes", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "Data" }, { name: "Secret", visibility: "VeryHidden" }] });
  const context = fake.context();
  context.workbook.worksheets.getItem("Secret").delete();
  await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  const sheet = context.workbook.worksheets.getItem("Secret");
  sheet.visibility = "Hidden";
  sheet.delete();
  await context.sync();
  expect(fake.workbook.sheetNames()).toEqual(["Data"]);
});

test("a response over 5 MB fails the request (Excel on the web's payload limit applies to responses too)", async () => {
  const rows = Array.from({ length: 60_000 }, (_, i) => [`${"x".repeat(100)}${i}`]);
  const fake = createFakeExcel({ sheets: [{ name: "Data", values: rows }] });
  const context = fake.context();
  const range = context.workbook.worksheets.getItem("Data").getRange("A1:A60000").load("values");
  await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
});

test("reading more than 5,000,000 cells at once fails with RangeExceedsLimit", async () => {
  const context = book().context();
  context.workbook.worksheets.getItem("Data").getRange("A1:E1000001").load("values");
  await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  const ok = book().context();
  ok.workbook.worksheets.getItem("Data").getRange("A1:E1000000").load("address");
  await ok.sync();
});

test("in cell-edit mode every request fails, unless the batch asked to wait (delayForCellEdit, ExcelApi 1.11)", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "Data" }] }, { excelApi: "1.11" });
  fake.workbook.cellEditMode = true;
  const refused = fake.context();
  refused.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
  await expect(refused.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  expect(fake.workbook.get("Data").value("A1")).toBeNull();
  const waiting = fake.context({ delayForCellEdit: true });
  waiting.workbook.worksheets.getItem("Data").getRange("A1").values = [[2]];
  const sent = waiting.sync();
  await Promise.resolve();
  expect(fake.workbook.get("Data").value("A1")).toBeNull();
  fake.workbook.exitCellEdit();
  await sent;
  expect(fake.workbook.get("Data").value("A1")).toBe(2);
  // An Excel older than 1.11 does not know the option: it fails as if none was given.
  const old = createFakeExcel({ sheets: [{ name: "Data" }] }, { excelApi: "1.9" });
  old.workbook.cellEditMode = true;
  const c = old.context({ delayForCellEdit: true });
  c.workbook.worksheets.getItem("Data").getRange("A1").values = [[3]];
  await expect(c.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
});

test("renaming the active sheet fails on Excel on the web (OfficeDev/office-js#3218), not on the desktop", async () => {
  const web = createFakeExcel({ sheets: [{ name: "Data" }, { name: "Other" }] });
  const c = web.context();
  c.workbook.worksheets.getItem("Data").name = "Renamed";
  await expect(c.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  const c2 = web.context();
  c2.workbook.worksheets.getItem("Other").name = "Renamed";
  await c2.sync();
  const pc = createFakeExcel({ sheets: [{ name: "Data" }] }, { platform: "PC" });
  const c3 = pc.context();
  c3.workbook.worksheets.getItem("Data").name = "Renamed";
  await c3.sync();
  expect(pc.workbook.sheetNames()).toEqual(["Renamed"]);
});

test("formulas into a deleted sheet, and names on it, read #REF!", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "Pricing Results", values: [["x", 42]] }, { name: "Dashboard" }], names: [{ name: "Figure", sheet: "Pricing Results", range: "B1" }] });
  const dash = fake.workbook.get("Dashboard");
  dash.touch(0, 0).formula = "='Pricing Results'!B1";
  dash.touch(1, 0).formula = "=Figure";
  expect([dash.value("A1"), dash.value("A2")]).toEqual([42, 42]);
  const context = fake.context();
  context.workbook.worksheets.getItem("Pricing Results").delete();
  await context.sync();
  expect(dash.cell(0, 0)?.formula).toBe("=#REF!B1");
  expect([dash.value("A1"), dash.value("A2")]).toEqual(["#REF!", "#REF!"]);
});

test("text written through values becomes a number or a date as if typed, unless it carries an apostrophe", async () => {
  const fake = book();
  const context = fake.context();
  context.workbook.worksheets.getItem("Data").getRange("H1:I5").values = [
    ["$120", "'$120"],
    ["1/2", "'1/2"],
    ["15-Feb", "'15-Feb"],
    ["50%", "'50%"],
    ["1,200", "'1,200"],
  ];
  await context.sync();
  const sheet = fake.workbook.get("Data");
  const year = new Date().getFullYear();
  const serial = (m: number, d: number) => Math.round((Date.UTC(year, m, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  expect([0, 1, 2, 3, 4].map((r) => sheet.value(`H${r + 1}`))).toEqual([120, serial(0, 2), serial(1, 15), 0.5, 1200]);
  expect([0, 1, 2, 3, 4].map((r) => sheet.value(`I${r + 1}`))).toEqual(["$120", "1/2", "15-Feb", "50%", "1,200"]);
});

describe("chart series and cell looks are as strict as their documentation", () => {
  /** A column chart over B1:B2 of the sample sheet, on an Excel with this requirement set. */
  function chartOn(excelApi: string) {
    const fake = createFakeExcel({ sheets: [{ name: "Data", values: [["a", 1], ["b", 2]] }] }, { excelApi });
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B2"), "Columns");
    return { fake, context, chart, series: chart.series.getItemAt(0) };
  }

  test("ChartFill.setSolidColor and ChartLineFormat.color (ExcelApi 1.1) take #RRGGBB and colour the series", async () => {
    const { fake, context, series } = chartOn("1.7");
    series.format.fill.setSolidColor("#1f4e79");
    series.format.line.color = "#1F4E79";
    await context.sync();
    expect(fake.workbook.get("Data").charts[0]!.series[0]).toMatchObject({ fill: "#1F4E79", line: { color: "#1F4E79" } });
  });

  test("a colour that is not #RRGGBB fails the request", async () => {
    const { context, series } = chartOn("1.7");
    series.format.fill.setSolidColor("1F4E79");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("ChartLineFormat.lineStyle and weight need ExcelApi 1.7; ChartAxis.numberFormat needs 1.8", async () => {
    const old = chartOn("1.6");
    old.series.format.line.lineStyle = "Dash";
    await expect(old.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    const axis = chartOn("1.7");
    axis.chart.axes.valueAxis.numberFormat = '"$"#,##0';
    await expect(axis.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("RangeFill.color and a RangeBorder's style, weight and colour (ExcelApi 1.1) are checked and kept per cell", async () => {
    const fake = book();
    const context = fake.context();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    range.format.fill.color = "#1F4E79";
    const edge = range.format.borders.getItem("EdgeBottom");
    edge.style = "Continuous";
    edge.weight = "Thin";
    edge.color = "#D9D9D9";
    await context.sync();
    expect(fake.workbook.get("Data").cell(0, 1)).toMatchObject({ fill: "#1F4E79", borderBottom: "#D9D9D9" });
    range.format.borders.getItem("EdgeBottom").weight = "Heavy";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
