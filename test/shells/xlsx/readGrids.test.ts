import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core/workbook/grid";
import { readGrids } from "../../../src/shells/xlsx/read/readGrids";
import { runFlow } from "../../../src/core/flow";
import { sampleModelTables } from "../../../src/core/workbook/sample";
import { loadWorkbookBytes, workbookBytes } from "../../../src/shells/xlsx/read/files";
import { addSheet, addTable, asExcelSavesTables, roundTrip, sampleWorkbook } from "./helpers";

describe("readGrids: Excel tables (ListObjects)", () => {
  it("reads each sample table from its Excel table, header row first", async () => {
    const { grids, located } = readGrids(await sampleWorkbook());
    const tables = sampleModelTables();
    expect(grids.map((g) => g.key)).toEqual(tables.map((t) => t.key));
    grids.forEach((grid, i) => {
      expect(grid.source).toBe("table");
      expect(grid.tableName).toBe(tables[i].tableName);
      expect(grid.origin).toEqual({ row: 0, col: 0 });
      expect(grid.values).toEqual([tables[i].header, ...tables[i].rows]);
    });
    expect(located.travelZones).toEqual({ source: "table", tableName: "TravelZones", sheet: "Travel Zones" });
  });

  it("finds a table anywhere on any sheet by its name, and knows where it starts", async () => {
    const workbook = new ExcelJS.Workbook();
    addTable(workbook, "My data", "clients", "C3", ["Client", "Segment"], [["Acme", "Home"]]);
    const { grids } = readGrids(await roundTrip(workbook));
    expect(grids).toEqual([
      { key: "clients", sheet: "My data", source: "table", tableName: "clients", origin: { row: 2, col: 2 }, values: [["Client", "Segment"], ["Acme", "Home"]],
        rowBelow: { row: 4, values: [null, null] } },
    ]);
  });

  it("leaves a table's totals row out of its data", async () => {
    const workbook = new ExcelJS.Workbook();
    addTable(workbook, "Data", "Tiers", "A1", ["Tier", "Monthly fee"], [["Basic", 250], ["Pro", 900]], true);
    const { grids } = readGrids(await roundTrip(workbook));
    // Issue 8: the shell hands the totals row over, marked; the core leaves it out with a warning.
    expect(grids[0].values).toEqual([["Tier", "Monthly fee"], ["Basic", 250], ["Pro", 900], ["Total", null]]);
    expect(grids[0].totalsRow).toBe(true);
    const flow = runFlow(grids, { sheets: [] });
    expect(flow.parse.model?.tiers.map((t) => t.name) ?? flow.parse.errors).not.toContain("Total");
    expect(flow.analysis.warnings).toContainEqual({ cell: "Data!A4", message: "This is the Tiers table's totals row, so it is not read as data." });
  });

  it("reads tables saved the way Excel saves them (no headerRowCount, no autoFilter)", async () => {
    const workbook = new ExcelJS.Workbook();
    addTable(workbook, "Data", "Clients", "B2", ["Client", "Segment"], [["Acme", "Home"], ["Bolt", "Small business"]]);
    const bytes = await asExcelSavesTables(await workbookBytes(workbook), true);
    const { grids } = readGrids(await loadWorkbookBytes(bytes));
    expect(grids[0].values).toEqual([["Client", "Segment"], ["Acme", "Home"], ["Bolt", "Small business"]]);
    expect(grids[0].origin).toEqual({ row: 1, col: 1 });
  });

  it("prefers the Excel table over a sheet of the same name", async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, "Tiers", ["Tier", "Monthly fee"], [["From the sheet", 1]]);
    addTable(workbook, "Pricing inputs", "Tiers_", "A1", ["Tier", "Monthly fee"], [["From the table", 2]]);
    const { grids } = readGrids(await roundTrip(workbook));
    expect(grids[0].source).toBe("table");
    expect(grids[0].values[1][0]).toBe("From the table");
  });
});

describe("readGrids: a row typed just under an Excel table", () => {
  const TIERS = ["Tier", "Monthly fee", "Included hours", "Response time (hours)", "Travel included", "Extra hour rate", "Segment"];
  const TIER_ROWS: CellValue[][] = [["Essentials", 250, 2, 24, "No", null, null], ["Business", 900, 8, 4, "Yes", 110, null], ["Premier", 2500, 20, 2, "Yes", 95, null]];

  /** Tiers at A1:G4 plus a Clients table, as a file read back; `under` is written to A5:G5, outside the table. */
  async function tiersWithRowBelow(under: CellValue[], totalsRow = false): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    const ws = addTable(workbook, "Tiers", "Tiers", "A1", TIERS, TIER_ROWS, totalsRow);
    ws.getRow(TIER_ROWS.length + (totalsRow ? 3 : 2)).values = under;
    addTable(workbook, "Clients", "Clients", "A1", ["Client", "Segment", "Tier", "Distance", "Visits per month"], [["Acme", "Home", "Business", 5, 1]]);
    return roundTrip(workbook);
  }

  it("hands the row over, outside the table's values, and the analysis warns at its first cell", async () => {
    const { grids } = readGrids(await tiersWithRowBelow(["Enterprise", 4000, 40, 1, "Yes", null, null]));
    const tiers = grids.find((g) => g.key === "tiers")!;
    expect(tiers.values).toHaveLength(4);
    expect(tiers.rowBelow).toEqual({ row: 4, values: ["Enterprise", 4000, 40, 1, "Yes", null, null] });
    const flow = runFlow(grids, { sheets: [] });
    expect(flow.analysis.errors).toEqual([]);
    expect(flow.analysis.warnings).toContainEqual({
      cell: "Tiers!A5",
      message: "This row is just below the Tiers table, outside it, so it is not read — resize the table (Table Design › Resize Table) to include it.",
    });
    expect(flow.parse.model!.tiers.map((t) => t.name)).toEqual(["Essentials", "Business", "Premier"]);
  });

  it("with a totals row, the row under the totals row counts; the totals row is named as left out", async () => {
    const { grids } = readGrids(await tiersWithRowBelow([null, null, null, null, null, null, "stray"], true));
    const tiers = grids.find((g) => g.key === "tiers")!;
    expect(tiers.rowBelow).toEqual({ row: 5, values: [null, null, null, null, null, null, "stray"] });
    const cells = runFlow(grids, { sheets: [] }).analysis.warnings.map((w) => w.cell);
    expect(cells).toContain("Tiers!A6");
    const atA5 = runFlow(grids, { sheets: [] }).analysis.warnings.filter((w) => w.cell === "Tiers!A5").map((w) => w.message);
    expect(atA5).toEqual(["This is the Tiers table's totals row, so it is not read as data."]);
  });

  it("a table ending on the sheet's last row has no row below", async () => {
    const workbook = new ExcelJS.Workbook();
    addTable(workbook, "Data", "Tiers", "A1048575", ["Tier", "Monthly fee"], [["Basic", 250]]);
    const { grids } = readGrids(await roundTrip(workbook));
    expect(grids[0]!.values).toEqual([["Tier", "Monthly fee"], ["Basic", 250]]);
    expect(grids[0]!.origin).toEqual({ row: 1_048_574, col: 0 });
    expect(grids[0]).not.toHaveProperty("rowBelow");
  });

  it("a plain sheet has no row below: it is read to its last value", async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, "Tiers", ["Tier", "Monthly fee"], [["Basic", 250], ["Pro", 900]]);
    const { grids } = readGrids(await roundTrip(workbook));
    expect(grids[0]).not.toHaveProperty("rowBelow");
  });
});

describe("readGrids: plain sheets", () => {
  it("reads a sheet of the table's name, as wide as its header row and as tall as its last value", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = addSheet(workbook, "Benefits", ["Benefit"], [["Fast"], [null], ["Cheap"]]);
    ws.getCell("C10").value = null;
    const { grids } = readGrids(await roundTrip(workbook));
    expect(grids).toEqual([
      { key: "benefits", sheet: "Benefits", source: "sheet", origin: { row: 0, col: 0 }, values: [["Benefit"], ["Fast"], [null], ["Cheap"]] },
    ]);
  });

  it("converts what Excel shows: formulas to results, dates to serials, rich text and errors to text", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Clients");
    ws.addRow(["Client", "Distance", "Visits per month", "Since", "Note"]);
    ws.addRow([{ richText: [{ text: "Acme " }, { text: "Dental", font: { bold: true } }] }, { formula: "10*2", result: 20 }, "2", new Date(Date.UTC(2024, 0, 1)), { error: "#N/A" }]);
    const { grids } = readGrids(await roundTrip(workbook));
    expect(grids[0].values[1]).toEqual(["Acme Dental", 20, "2", 45292, "#N/A"]);
  });

  it("reads a formula's cached 0 or FALSE as such, not as a blank", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Clients");
    ws.addRow(["Distance", "Flag"]);
    ws.addRow([{ formula: "0*1", result: 0 }, { formula: "1=2", result: false }]);
    ws.addRow([{ formula: "5*1", result: 5 }, { sharedFormula: "A2", result: 0 } as never]);
    const { grids } = readGrids(await roundTrip(workbook));
    expect(grids[0].values.slice(1)).toEqual([[0, false], [5, 0]]);
  });

  it("reads nothing into the workbook: no rows or cells are created by reading", async () => {
    const workbook = await roundTrip(
      (() => {
        const wb = new ExcelJS.Workbook();
        addSheet(wb, "Clients", ["Client", "Segment", "", "Distance"], [["Acme", "Home", null, 5]]);
        return wb;
      })(),
    );
    const before = workbook.getWorksheet("Clients")!.getSheetValues().length;
    readGrids(workbook);
    expect(workbook.getWorksheet("Clients")!.getSheetValues().length).toBe(before);
    expect(workbook.getWorksheet("Clients")!.actualRowCount).toBe(2);
  });
});

describe("the same model in any shape prices the same", () => {
  it("tables, or plain sheets with shuffled columns and numbers stored as text", async () => {
    const fromTables = runFlow(readGrids(await sampleWorkbook()).grids);

    const workbook = new ExcelJS.Workbook();
    for (const t of sampleModelTables()) {
      const order = t.header.map((_, j) => j).reverse(); // every column in reverse order
      const asText = (v: unknown) => (typeof v === "number" ? ` ${String(v)} ` : v);
      addSheet(
        workbook,
        t.sheet,
        order.map((j) => t.header[j]),
        t.rows.map((r) => order.map((j) => asText(r[j]) as never)),
      );
    }
    const fromSheets = runFlow(readGrids(await roundTrip(workbook)).grids);
    expect(fromSheets.analysis.errors).toEqual([]);
    expect(fromSheets.analysis.clients).toEqual(fromTables.analysis.clients);
    expect(fromSheets.analysis.totals).toEqual(fromTables.analysis.totals);
  });
});
