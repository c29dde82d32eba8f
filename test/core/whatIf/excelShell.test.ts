/**
 * The what-if's two writes over Office.js, against the strict fake Excel: Save scenario (the
 * Scenarios sheet, read back from the workbook) and Apply to workbook (only the changed cells).
 */
import { createFakeExcel, installFakeExcel, workbookFromGrids, type FakeExcel } from "../../../src/testing/fakeExcel";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { analyze } from "../../../src/core/pricing/analyze";
import { kpis } from "../../../src/core/pricing/kpis";
import { applyLevers, type Levers } from "../../../src/core/whatIf/levers";
import { analyzeWhatIf } from "../../../src/core/whatIf/whatIf";
import { planLeverWrites } from "../../../src/core/report/sheets/planLeverWrites";
import { SCENARIOS_TABLE } from "../../../src/core/report/sheets/planScenarios";
import { SCENARIO_DATA_HEADER, type SavedScenario } from "../../../src/core/whatIf/scenarios";
import { readWorkbook } from "../../../src/shells/excel/readWorkbook";
import { ForeignSheetError } from "../../../src/shells/excel";
import { saveScenario } from "../../../src/shells/excel/saveScenario";
import { CellsChangedError, applyCellWrites } from "../../../src/shells/excel/writeCells";
import { parsed } from "./helpers";

type Ctx = Excel.RequestContext;

function sampleExcel(extraSheets: string[] = []): FakeExcel {
  const init = workbookFromGrids(sampleGrids());
  init.sheets.push(...extraSheets.map((name) => ({ name, values: [["The user's own notes"]] })));
  const fake = createFakeExcel(init);
  installFakeExcel(fake);
  return fake;
}

const ctx = (fake: FakeExcel) => fake.context() as unknown as Ctx;

/** Every cell of every sheet, "Sheet!row,col" → value (and formula). */
function cells(fake: FakeExcel): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const sheet of fake.workbook.sheets) {
    for (const [k, c] of sheet.cells) all.set(`${sheet.name}!${k}`, c.formula ?? c.value);
  }
  return all;
}

function changedCells(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

const { model, cells: modelCells } = parsed();
const workbookKpis = kpis(analyze(model));
const scenario = (name: string, levers: Levers): SavedScenario => {
  const w = analyzeWhatIf(model, levers);
  return { name, changes: w.changes, kpis: w.kpis };
};

describe("Save scenario in Excel", () => {
  it("creates the Scenarios sheet, then updates a name in place and adds a new one, reading the saved ones back", async () => {
    const fake = sampleExcel();
    const first = await saveScenario(ctx(fake), scenario("Rate 140", { settings: { hourlyRate: 140 } }), "USD", workbookKpis);
    // find, write, then activate the new sheet (a sheet added in the same request may not activate on the web)
    expect(first).toMatchObject({ sheet: "Scenarios", updated: false, syncs: 3 });
    const sheet = () => fake.workbook.get("Scenarios");
    expect(fake.workbook.name("ServicePricer_Owned_Scenarios")?.sheet?.name).toBe("Scenarios");
    expect(sheet().charts).toHaveLength(1);
    expect(sheet().charts[0]!.series.map((s) => s.name)).toEqual(["Annual revenue, current billing", "Annual margin, current billing"]);
    // The saved data column (M, beside the table) is hidden, set in the same syncs, and still holds the data.
    const dataHeader = [...sheet().cells.entries()].find(([, c]) => c.value === SCENARIO_DATA_HEADER)![0];
    const dataColumn = Number(dataHeader.split(",")[1]);
    expect(dataColumn).toBe(12);
    expect([...sheet().hiddenColumns]).toEqual([dataColumn]);

    const again = scenario("rate 140", { settings: { hourlyRate: 150 } });
    const second = await saveScenario(ctx(fake), again, "USD", workbookKpis);
    expect(second).toMatchObject({ updated: true, syncs: 3 });
    expect(second.scenarios).toEqual([again]);
    // Read back from the hidden column; it stays hidden after the rewrite.
    expect([...sheet().hiddenColumns]).toEqual([dataColumn]);

    const third = await saveScenario(ctx(fake), scenario("No trip charge", { settings: { tripCharge: 0 } }), "USD", workbookKpis);
    expect(third.scenarios.map((s) => s.name)).toEqual(["rate 140", "No trip charge"]);

    // One sheet, one table, one chart: re-saving never duplicates anything.
    expect(fake.workbook.sheetNames().filter((n) => n === "Scenarios")).toHaveLength(1);
    expect(fake.workbook.tablesOn("Scenarios").map((t) => t.name)).toEqual([SCENARIOS_TABLE]);
    expect(sheet().charts).toHaveLength(1);
    const table = fake.workbook.table(SCENARIOS_TABLE)!;
    const names = [];
    for (let r = table.rect.top + 1; r <= table.rect.bottom; r++) names.push(sheet().cell(r, 0)?.value);
    expect(names).toEqual(["Workbook settings", "rate 140", "No trip charge"]);
    // The input tables are untouched.
    expect(parseModel((await readWorkbook(ctx(fake))).grids).model).toEqual(model);
  });

  it("leaves a Scenarios sheet it did not make alone, and writes nothing", async () => {
    const fake = sampleExcel(["Scenarios"]);
    const before = cells(fake);
    await expect(saveScenario(ctx(fake), scenario("A", { settings: { hourlyRate: 130 } }), "USD", workbookKpis)).rejects.toBeInstanceOf(
      ForeignSheetError,
    );
    expect(cells(fake)).toEqual(before);
  });
});

describe("Apply to workbook in Excel", () => {
  const levers: Levers = {
    settings: { hourlyRate: 140, tripCharge: 45 /* unchanged */ },
    tiers: { Business: { monthlyFee: 950, includedHours: 8 /* unchanged */ } },
    mix: { Home: 100 },
  };

  it("writes only the cells of the levers that changed, in two requests, and the workbook then analyses as the what-if did", async () => {
    const fake = sampleExcel();
    const plan = planLeverWrites(levers, model, modelCells);
    expect(plan.writes.map((w) => [w.address, w.value])).toEqual([
      ["Settings!B5", 140],
      ["Tiers!B3", 950],
    ]);
    expect(plan.notWritten.map((n) => n.change.label)).toEqual(["Home clients"]);

    const before = cells(fake);
    const syncsBefore = fake.workbook.syncs;
    const result = await applyCellWrites(ctx(fake), plan.writes);
    expect(result.written).toEqual(["Settings!B5", "Tiers!B3"]);
    expect(fake.workbook.syncs - syncsBefore).toBe(2);
    expect(changedCells(before, cells(fake))).toEqual(["Settings!4,1", "Tiers!2,1"]);

    const reread = parseModel((await readWorkbook(ctx(fake))).grids);
    expect(reread.model).toEqual(applyLevers(model, levers));
  });

  it("writes nothing when a target cell changed since the analysis, or holds a formula", async () => {
    const plan = planLeverWrites(levers, model, modelCells);

    const edited = sampleExcel();
    edited.workbook.get("Settings").touch(4, 1).value = 130; // the user typed 130 after analysing
    const before = cells(edited);
    const stale = applyCellWrites(ctx(edited), plan.writes);
    await expect(stale).rejects.toBeInstanceOf(CellsChangedError);
    await expect(stale).rejects.toThrow("Settings!B5 has changed since the analysis (it now holds 130)");
    expect(cells(edited)).toEqual(before);

    const computed = sampleExcel();
    Object.assign(computed.workbook.get("Tiers").touch(2, 1), { value: 900, formula: "=300*3" });
    const beforeFormula = cells(computed);
    await expect(applyCellWrites(ctx(computed), plan.writes)).rejects.toThrow("Tiers!B3 holds the formula =300*3");
    expect(cells(computed)).toEqual(beforeFormula);
  });
});
