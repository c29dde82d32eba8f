/**
 * The result workbook carries out the plan's layout: row heights for wrapped rows, wrapped header rows
 * (bottom-aligned), centred columns, and fonts that name the workbook font (without a name
 * LibreOffice draws them in a serif).
 */
import ExcelJS from "exceljs";
import { resultWorkbook } from "../../../src/shells/xlsx/write/resultWorkbook";
import { loadWorkbookBytes, workbookBytes } from "../../../src/shells/xlsx/read/files";
import { readGrids } from "../../../src/shells/xlsx/read/readGrids";
import { runFlow } from "../../../src/core/flow";
import type { SheetPlan, SheetSpec } from "../../../src/core/report/sheetPlan";
import { RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { sampleWorkbook } from "./helpers";

/** The plan's sheets added to the workbook's package, as `analyze` writes its result; read back. */
async function applied(workbook: ExcelJS.Workbook, plan: SheetPlan): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes((await resultWorkbook(await workbookBytes(workbook), plan)).bytes);
}

const spec: SheetSpec = {
  name: RESULTS_SHEET,
  blocks: [
    { id: "title", at: "A1", values: [["Pricing Results"]], style: "title" },
    {
      id: "sensitivity",
      at: "A3",
      values: [["Drive minutes", "Revenue with travel charge", "Travel"], [5, 281.25, "Included"]],
      table: { name: "PricingSensitivity" },
      columnFormats: [null, '"$"#,##0.00', null],
      columnAlign: [null, null, "center"],
      wrapHeader: true,
    },
    { id: "terms", at: "A6", values: [["Travel", "Trip charge per visit:\nup to 25 miles: $45.00\nbeyond: $65.00"]], wrap: true },
  ],
  charts: [],
  columnWidths: [14, 12, 10],
  rowHeights: [{ row: 3, height: 30 }, { row: 6, height: 45 }],
};

describe("result workbook: layout", () => {
  it("gives the planned rows their heights in points, and leaves the others alone", async () => {
    const ws = (await applied(new ExcelJS.Workbook(), { sheets: [spec] })).getWorksheet(RESULTS_SHEET)!;
    expect(ws.getRow(3).height).toBe(30);
    expect(ws.getRow(6).height).toBe(45);
    expect(ws.getRow(4).height).toBeUndefined();
  });

  it("wraps a table's header row bottom-aligned and leaves its data rows unwrapped", async () => {
    const ws = (await applied(new ExcelJS.Workbook(), { sheets: [spec] })).getWorksheet(RESULTS_SHEET)!;
    expect(ws.getCell("B3").alignment).toMatchObject({ wrapText: true, vertical: "bottom" });
    expect(ws.getCell("B4").alignment?.wrapText).toBeFalsy();
    expect(ws.getCell("B6").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });

  it("centres a column the plan centres, header included", async () => {
    const ws = (await applied(new ExcelJS.Workbook(), { sheets: [spec] })).getWorksheet(RESULTS_SHEET)!;
    expect(ws.getCell("C4").alignment?.horizontal).toBe("center");
    expect(ws.getCell("C3").alignment).toMatchObject({ horizontal: "center", wrapText: true, vertical: "bottom" });
    expect(ws.getCell("B4").alignment?.horizontal).toBeUndefined();
  });

  it("names the workbook font on styled cells, so no application falls back to another", async () => {
    const ws = (await applied(new ExcelJS.Workbook(), { sheets: [spec] })).getWorksheet(RESULTS_SHEET)!;
    expect(ws.getCell("A1").font).toMatchObject({ name: "Calibri", size: 16, bold: true });
  });

  it("writes the sample's rate card and results with every row height the plan sets", async () => {
    const input = await sampleWorkbook();
    const plan = runFlow(readGrids(input).grids).plan!;
    const wb = await applied(input, plan);
    for (const sheet of [RATE_CARD_SHEET, RESULTS_SHEET]) {
      const planned = plan.sheets.find((s) => s.name === sheet)!.rowHeights!;
      expect(planned.length).toBeGreaterThan(0);
      const ws = wb.getWorksheet(sheet)!;
      expect(planned.map(({ row }) => ({ row, height: ws.getRow(row).height }))).toEqual(planned);
    }
  });
});
