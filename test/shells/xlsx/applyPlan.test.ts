import ExcelJS from "exceljs";
import { ForeignSheetError } from "../../../src/shells/xlsx/write/applyPlan";
import { resultWorkbook } from "../../../src/shells/xlsx/write/resultWorkbook";
import { loadWorkbookBytes, workbookBytes } from "../../../src/shells/xlsx/read/files";
import { readGrids } from "../../../src/shells/xlsx/read/readGrids";
import { runFlow } from "../../../src/core/flow";
import type { SheetPlan, SheetSpec } from "../../../src/core/report/sheetPlan";
import { RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { addSheet, addTable, asExcelSavesTables, roundTrip, sampleWorkbook, sheetCells, zipParts, zipText } from "./helpers";

const spec = (over: Partial<SheetSpec> = {}): SheetSpec => ({
  name: RESULTS_SHEET,
  blocks: [
    { id: "title", at: "A1", values: [["Pricing Results: Summit IT"]], style: "title" },
    {
      id: "segments",
      at: "B3",
      values: [["Segment", "Revenue", "Share"], ["Home", 1234.5, 0.25], ["Small business", 900, 0.75]],
      table: { name: "PricingSegments" },
      columnFormats: [null, '"$"#,##0.00', "0.0%"],
    },
    { id: "kpi", at: "A8", values: [["Margin", 0.5]], cellFormats: [[null, "0.0%"]] },
  ],
  charts: [
    { id: "c", type: "columnClustered", title: "Revenue", sourceBlock: "segments", categoryColumn: 0, seriesColumns: [1], placeAt: "F2:M16" },
  ],
  columnWidths: [30, null, 14],
  freezeRows: 2,
  ...over,
});

/** The plan's sheets added to the workbook's package, as `analyze` writes its result; read back. */
async function applied(workbook: ExcelJS.Workbook | Buffer, plan: SheetPlan): Promise<{ wb: ExcelJS.Workbook; bytes: Buffer }> {
  const input = Buffer.isBuffer(workbook) ? workbook : await workbookBytes(workbook);
  const { bytes } = await resultWorkbook(input, plan);
  return { wb: await loadWorkbookBytes(bytes), bytes };
}

describe("the result workbook holds what the plan says", () => {
  it("puts values at their addresses with their number formats", async () => {
    const { wb } = await applied(new ExcelJS.Workbook(), { sheets: [spec()] });
    const ws = wb.getWorksheet(RESULTS_SHEET)!;
    expect(ws.getCell("A1").value).toBe("Pricing Results: Summit IT");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("C4").value).toBe(1234.5);
    expect(ws.getCell("C4").numFmt).toBe('"$"#,##0.00');
    expect(ws.getCell("D5").numFmt).toBe("0.0%");
    expect(ws.getCell("B3").value).toBe("Segment");
    expect(ws.getCell("B8").value).toBe(0.5);
    expect(ws.getCell("B8").numFmt).toBe("0.0%");
  });

  it("makes table blocks Excel tables, sets column widths and freezes the header rows", async () => {
    const { wb, bytes } = await applied(new ExcelJS.Workbook(), { sheets: [spec()] });
    const ws = wb.getWorksheet(RESULTS_SHEET)!;
    const tableXml = await zipText(bytes, (await zipParts(bytes, "xl/tables/"))[0]);
    expect(tableXml).toContain('name="PricingSegments"');
    expect(tableXml).toContain('ref="B3:D5"');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(3).width).toBe(14);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("sets up printing: orientation, fit to one page, print area", async () => {
    const print = { orientation: "portrait" as const, fitToPages: { wide: 1, tall: 1 }, printArea: "A1:H30" };
    const { wb, bytes } = await applied(new ExcelJS.Workbook(), { sheets: [spec({ name: RATE_CARD_SHEET, print })] });
    const setup = wb.getWorksheet(RATE_CARD_SHEET)!.pageSetup;
    expect(setup).toMatchObject({ orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 1, printArea: "A1:H30" });
    expect(await zipText(bytes, "xl/workbook.xml")).toContain("&apos;Rate Card&apos;!$A$1:$H$30");
  });

  it("marks each output sheet with its ownership name, referring to its A1", async () => {
    const { bytes } = await applied(new ExcelJS.Workbook(), { sheets: [spec(), spec({ name: RATE_CARD_SHEET, blocks: [], charts: [] })] });
    const workbookXml = await zipText(bytes, "xl/workbook.xml");
    expect(workbookXml).toContain(`<definedName name="ServicePricer_Owned_Results">&apos;Pricing Results&apos;!$A$1</definedName>`);
    expect(workbookXml).toContain(`<definedName name="ServicePricer_Owned_RateCard">&apos;Rate Card&apos;!$A$1</definedName>`);
  });

  it("writes text that looks like a formula as text", async () => {
    const risky = ["=1+1", "@SUM(A1:A2)", "+44 20 7946 0000", "-minus", "=HYPERLINK(\"http://x\")"];
    const { wb, bytes } = await applied(new ExcelJS.Workbook(), {
      sheets: [spec({ blocks: [{ id: "t", at: "A1", values: [["Client"], ...risky.map((r) => [r])], table: { name: "T" } }], charts: [] })],
    });
    const ws = wb.getWorksheet(RESULTS_SHEET)!;
    risky.forEach((text, i) => {
      const cell = ws.getCell(`A${i + 2}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    });
    expect(await zipText(bytes, "xl/worksheets/sheet1.xml")).not.toMatch(/<f[ >]/);
  });
});

describe("the result workbook only ever replaces our own sheets", () => {
  it("replaces our sheets in place on a second run, leaving every other sheet as it was", async () => {
    const input = await sampleWorkbook();
    const before = input.worksheets.map((ws) => [ws.name, sheetCells(ws)]);
    const first = await applied(input, runFlow(readGrids(input).grids).plan!);
    const second = await applied(first.wb, runFlow(readGrids(first.wb).grids).plan!);
    const names = second.wb.worksheets.map((ws) => ws.name);
    expect(names).toEqual(["Settings", "Tiers", "Clients", "Travel Zones", "Benefits", "Time Log", RESULTS_SHEET, RATE_CARD_SHEET]);
    expect(second.wb.worksheets.slice(0, 6).map((ws) => [ws.name, sheetCells(ws)])).toEqual(before);
    const workbookXml = await zipText(second.bytes, "xl/workbook.xml");
    expect(workbookXml.match(/ServicePricer_Owned_Results/g)).toHaveLength(1);
    // six inputs (the Time log's too), six results tables (the Time log's and Renewals too); the rate card, a printed price list, has none
    expect((await zipParts(second.bytes, "xl/tables/")).length).toBe(6 + 6);
  });

  it("refuses a same-named sheet it did not make, before changing anything", async () => {
    for (const name of [RESULTS_SHEET, "PRICING RESULTS"]) {
      const workbook = new ExcelJS.Workbook();
      addSheet(workbook, name, ["My own notes"], [["keep me"]]);
      const input = await roundTrip(workbook);
      const bytes = await workbookBytes(input);
      await expect(resultWorkbook(bytes, { sheets: [spec({ name: RATE_CARD_SHEET }), spec()] })).rejects.toThrow(ForeignSheetError);
      expect(input.worksheets.map((ws) => ws.name)).toEqual([name]);
      expect(input.worksheets[0].getCell("A2").value).toBe("keep me");
    }
  });

  it("treats a sheet as foreign when our marker points at another sheet", async () => {
    const first = await applied(new ExcelJS.Workbook(), { sheets: [spec()] });
    // The user renames our sheet (Excel moves the marker with it) and makes one of their own.
    first.wb.getWorksheet(RESULTS_SHEET)!.name = "Old results";
    (first.wb.definedNames as unknown as { model: unknown }).model = [
      { name: "ServicePricer_Owned_Results", ranges: ["'Old results'!$A$1"] },
    ];
    first.wb.addWorksheet(RESULTS_SHEET).getCell("A1").value = "the user's";
    const bytes = await workbookBytes(await roundTrip(first.wb));
    await expect(resultWorkbook(bytes, { sheets: [spec()] })).rejects.toThrow(/Rename or delete that sheet/);
  });

  it("gives our table another name when the user's workbook already uses it", async () => {
    const workbook = new ExcelJS.Workbook();
    addTable(workbook, "Mine", "PricingSegments", "A1", ["A"], [[1]]);
    const { bytes } = await applied(await roundTrip(workbook), { sheets: [spec()] });
    const xml = await Promise.all((await zipParts(bytes, "xl/tables/")).map((p) => zipText(bytes, p)));
    expect(xml.some((x) => x.includes('name="PricingSegments"'))).toBe(true);
    expect(xml.some((x) => x.includes('name="PricingSegments_2"'))).toBe(true);
  });

  it("keeps the user's Excel-saved tables exactly as they were (no headerRowCount, no autoFilter)", async () => {
    const workbook = new ExcelJS.Workbook();
    addTable(workbook, "Data", "Clients", "A1", ["Client", "Segment"], [["Acme", "Home"]]);
    const bytes = await asExcelSavesTables(await workbookBytes(workbook), true);
    const { bytes: out } = await applied(bytes, { sheets: [spec()] });
    expect(await zipText(out, "xl/tables/table1.xml")).toBe(await zipText(bytes, "xl/tables/table1.xml"));
  });
});
