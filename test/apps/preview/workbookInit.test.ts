import ExcelJS from "exceljs";
import { workbookInit } from "../../../src/apps/preview/server/workbookInit";
import { createFakeExcel } from "../../../src/testing/fakeExcel";
import { loadWorkbookBytes } from "../../../src/shells/xlsx/read/files";
import { sampleFile } from "./helpers";

describe("workbookInit: an .xlsx file as the in-memory Excel's starting point", () => {
  it("brings every sheet, with its Excel tables at their ranges and its values from A1", async () => {
    const bytes = await sampleFile((wb) => {
      const notes = wb.addWorksheet("Notes");
      notes.getCell("C3").value = "see me";
      notes.getCell("B5").value = 12.5;
    });
    const init = workbookInit(await loadWorkbookBytes(bytes));
    expect(init.sheets.map((s) => s.name)).toEqual(["Settings", "Tiers", "Clients", "Travel Zones", "Benefits", "Time Log", "Notes"]);
    const clients = init.sheets.find((s) => s.name === "Clients")!;
    expect(clients.tables).toEqual([{ name: "Clients", range: "A1:K29", showTotals: false }]);
    expect(clients.values![0]!.slice(0, 3)).toEqual(["Client", "Segment", "Tier"]);
    expect(clients.values![13]!.slice(0, 5)).toEqual(["Acme Dental", "Small business", "Business", 20, 2]);
    const notes = init.sheets.find((s) => s.name === "Notes")!;
    expect(notes.values).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, "see me"],
      [null, null, null],
      [null, 12.5, null],
    ]);
  });

  it("keeps workbook names that refer to a range (the add-in's ownership markers), hidden sheets hidden", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Pricing Results").getCell("A1").value = "old results";
    workbook.addWorksheet("Lookup").state = "hidden";
    workbook.definedNames.add("'Pricing Results'!$A$1", "ServicePricer_Owned_Results");
    const init = workbookInit(await loadWorkbookBytes(Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(init.names).toEqual([{ name: "ServicePricer_Owned_Results", sheet: "Pricing Results", range: "$A$1" }]);
    expect(init.sheets.map((s) => s.visibility)).toEqual(["Visible", "Hidden"]);
    const fake = createFakeExcel(init);
    expect(fake.workbook.name("ServicePricer_Owned_Results")?.sheet?.name).toBe("Pricing Results");
  });

  it("puts a merged area's value in its first cell only", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Cover");
    ws.getCell("A1").value = "Title";
    ws.mergeCells("A1:C1");
    const init = workbookInit(await loadWorkbookBytes(Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(init.sheets[0]!.values).toEqual([["Title"]]);
  });

  it("gives an empty file one blank sheet, as Excel never has none", () => {
    expect(workbookInit(new ExcelJS.Workbook()).sheets).toEqual([{ name: "Sheet1" }]);
  });
});
