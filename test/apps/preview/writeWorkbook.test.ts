import ExcelJS from "exceljs";
import { snapshotWorkbook } from "../../../src/testing/fakeExcel/snapshot";
import JSZip from "jszip";
import { writePreviewWorkbook } from "../../../src/apps/preview/server/writeWorkbook";
import { loadWorkbookBytes } from "../../../src/shells/xlsx/read/files";
import { readGrids } from "../../../src/shells/xlsx/read/readGrids";
import { sheetState } from "../../../src/shells/xlsx/write/ownership";
import { toCellValue } from "../../../src/shells/xlsx/read/cellValue";
import { runFlow } from "../../../src/core/flow";
import { parseA1 } from "../../../src/core/workbook/address";
import { RATE_CARD_SHEET, RESULTS_SHEET, SCENARIOS_SHEET } from "../../../src/core/report/outputs/names";
import { CHART_PALETTE } from "../../../src/core/report/layout/chartLooks";
import { ACCENT } from "../../../src/core/report/sheets/planRateCard";
import { SCENARIO_DATA_HEADER } from "../../../src/core/whatIf/scenarios";
import { saveScenario } from "../../../src/shells/excel/saveScenario";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { analyzeWhatIf } from "../../../src/core/whatIf/whatIf";
import { analyze } from "../../../src/core/pricing/analyze";
import { kpis } from "../../../src/core/pricing/kpis";
import { analyzeInPane, fakeFrom, sampleFile } from "./helpers";

async function downloaded(original: Buffer | null, before: ReturnType<typeof snapshotWorkbook>, after: ReturnType<typeof snapshotWorkbook>): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(await writePreviewWorkbook(original, before, after));
}

/** Each chart part's series formulas (`'Pricing Results'!$E$21:$E$23`). */
async function chartFormulas(bytes: Buffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort();
  return Promise.all(parts.map(async (p) => [...(await zip.file(p)!.async("string")).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"))));
}

jest.setTimeout(20_000); // reads and writes whole workbooks; the shared machine is often busy

describe("the preview's download (.xlsx from the in-memory workbook)", () => {
  it("writes the results the pane wrote, value for value, marked as ours, with its three charts as chart parts", async () => {
    const original = await sampleFile();
    const fake = await fakeFrom(original);
    const before = snapshotWorkbook(fake.workbook);
    await analyzeInPane(fake);
    const bytes = await writePreviewWorkbook(original, before, snapshotWorkbook(fake.workbook));
    const saved = await loadWorkbookBytes(bytes);

    const spec = runFlow(readGrids(await loadWorkbookBytes(original)).grids, { sheets: ["results"] }).plan!.sheets[0]!;
    const ws = saved.getWorksheet(RESULTS_SHEET)!;
    for (const block of spec.blocks) {
      const { row, col } = parseA1(block.at);
      block.values.forEach((values, i) =>
        values.forEach((want, j) => expect([block.id, i, j, toCellValue(ws.getCell(row + i + 1, col + j + 1).value)]).toEqual([block.id, i, j, want])),
      );
    }
    expect(sheetState(saved, RESULTS_SHEET)).toBe("ours");
    // Each series reads the results sheet's own cells: the segment table's revenue columns, its categories the segments.
    const formulas = await chartFormulas(bytes);
    expect(formulas).toHaveLength(3);
    const segments = spec.blocks.find((b) => b.id === "segments")!;
    const { row } = parseA1(segments.at);
    const last = row + segments.values.length;
    expect(formulas[0]).toEqual([
      `'Pricing Results'!$E$${row + 1}`, `'Pricing Results'!$A$${row + 2}:$A$${last}`, `'Pricing Results'!$E$${row + 2}:$E$${last}`,
      `'Pricing Results'!$F$${row + 1}`, `'Pricing Results'!$A$${row + 2}:$A$${last}`, `'Pricing Results'!$F$${row + 2}:$F$${last}`,
      `'Pricing Results'!$G$${row + 1}`, `'Pricing Results'!$A$${row + 2}:$A$${last}`, `'Pricing Results'!$G$${row + 2}:$G$${last}`,
    ]);
    expect(saved.worksheets.map((w) => w.name)).toEqual(["Settings", "Tiers", "Clients", "Travel Zones", "Benefits", "Time Log", RESULTS_SHEET]);
    // Each series keeps the colour the pane gave it, so the download draws in readers without the theme (issue 17).
    const zip = await JSZip.loadAsync(bytes);
    const first = await zip.file(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort()[0]!)!.async("string");
    expect([...first.matchAll(/<c:ser>.*?<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => `#${m[1]}`)).toEqual(CHART_PALETTE.slice(0, 3));
  });

  it("keeps the rate card's looks: the price list's header filled with the accent colour", async () => {
    const original = await sampleFile();
    const fake = await fakeFrom(original);
    const before = snapshotWorkbook(fake.workbook);
    await analyzeInPane(fake, ["results", "rateCard"]);
    const saved = await downloaded(original, before, snapshotWorkbook(fake.workbook));
    const ws = saved.getWorksheet(RATE_CARD_SHEET)!;
    const header = [...Array(6).keys()].map((c) => ws.getRow(5).getCell(c + 1));
    expect(header.map((c) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb)).toEqual(new Array(6).fill(`FF${ACCENT.slice(1)}`));
    expect(header[2]!.value).toBe("Essentials");
    expect(header[2]!.alignment?.horizontal).toBe("center"); // the tiers stay centred under their names
  });

  it("keeps a sheet the pane did not change exactly as it was in the file (its formulas too)", async () => {
    const original = await sampleFile((wb) => {
      const calc = wb.addWorksheet("My calc");
      calc.getCell("A1").value = 2;
      calc.getCell("A2").value = { formula: "A1*21", result: 42 } as ExcelJS.CellFormulaValue;
      calc.getCell("A2").numFmt = "0.0";
    });
    const fake = await fakeFrom(original);
    const before = snapshotWorkbook(fake.workbook);
    await analyzeInPane(fake);
    const saved = await downloaded(original, before, snapshotWorkbook(fake.workbook));
    const a2 = saved.getWorksheet("My calc")!.getCell("A2");
    expect(a2.value).toMatchObject({ formula: "A1*21" });
    expect(a2.numFmt).toBe("0.0");
    expect(readGrids(saved).grids).toEqual(readGrids(await loadWorkbookBytes(original)).grids);
  });

  it("changes only the changed cells of an input sheet (as What-if's Apply to workbook does)", async () => {
    const original = await sampleFile();
    const fake = await fakeFrom(original);
    const before = snapshotWorkbook(fake.workbook);
    fake.workbook.get("Settings").touch(4, 1).value = 110; // Hourly rate
    const saved = await downloaded(original, before, snapshotWorkbook(fake.workbook));
    const settings = saved.getWorksheet("Settings")!;
    expect(settings.getCell("B5").value).toBe(110);
    expect(settings.getCell("A5").value).toBe(before.sheets[0]!.cells.find((c) => c.address === "A5")!.value);
    const originalSettings = (await loadWorkbookBytes(original)).getWorksheet("Settings")!;
    expect(settings.getCell("B5").numFmt).toBe(originalSettings.getCell("B5").numFmt);
    expect(readGrids(saved).grids.find((g) => g.key === "settings")!.tableName).toBe("Settings");
  });

  it("keeps the Scenarios sheet's saved data column hidden, its data still there", async () => {
    const original = await sampleFile();
    const fake = await fakeFrom(original);
    const before = snapshotWorkbook(fake.workbook);
    const { model } = parseModel(readGrids(await loadWorkbookBytes(original)).grids);
    const w = analyzeWhatIf(model!, { settings: { hourlyRate: 140 } });
    await saveScenario(fake.context() as unknown as Excel.RequestContext, { name: "Rate 140", changes: w.changes, kpis: w.kpis }, "USD", kpis(analyze(model!)));
    const saved = await downloaded(original, before, snapshotWorkbook(fake.workbook));
    const ws = saved.getWorksheet(SCENARIOS_SHEET)!;
    const hidden: number[] = [];
    for (let c = 1; c <= 16; c++) if (ws.getColumn(c).hidden) hidden.push(c);
    expect(hidden).toEqual([13]); // column M
    const data: unknown[] = [];
    ws.getColumn(13).eachCell((cell) => void (cell.value !== null && data.push(cell.value)));
    expect(data[0]).toBe(SCENARIO_DATA_HEADER);
    expect(String(data[1])).toContain("Rate 140");
  });

  it("writes the empty workbook's new sheets whole: tables, number formats, the active sheet", async () => {
    const fake = await fakeFrom(await (async () => Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer()))());
    const before = snapshotWorkbook(fake.workbook);
    const sample = await fakeFrom(await sampleFile());
    await analyzeInPane(sample, ["results", "rateCard"]);
    const after = snapshotWorkbook(sample.workbook);
    const saved = await downloaded(null, before, after);
    const grids = readGrids(saved).grids;
    expect(grids.map((g) => [g.key, g.tableName])).toEqual([
      ["settings", "Settings"],
      ["tiers", "Tiers"],
      ["clients", "Clients"],
      ["travelZones", "TravelZones"],
      ["benefits", "Benefits"],
      ["timeLog", "TimeLog"],
    ]);
    const clients = after.sheets.find((s) => s.name === RESULTS_SHEET)!.tables.find((t) => t.name === "PricingClients")!;
    expect(saved.getWorksheet(RESULTS_SHEET)!.getTables().length).toBe(6); // with the sample's Time log table, and Renewals (the sample has clients on tiers)
    expect(clients.range).toMatch(/^A\d+:[A-Z]+\d+$/);
    const money = after.sheets.find((s) => s.name === RESULTS_SHEET)!.cells.find((c) => c.numberFormat?.includes("$"))!;
    expect(saved.getWorksheet(RESULTS_SHEET)!.getCell(money.address).numFmt).toBe(money.numberFormat);
    expect(saved.views[0]!.activeTab).toBe(after.sheets.findIndex((s) => s.name === after.activeSheet));
    const card = saved.getWorksheet("Rate Card")!;
    expect(card.pageSetup.fitToPage).toBe(true);
    expect([card.pageSetup.fitToWidth, card.pageSetup.fitToHeight]).toEqual([1, 1]);
  });
});
