/** The Scenarios sheet (issue 5): one row per saved scenario, updated by name, with its chart. */
import type { Kpis } from "../../../src/core/pricing/kpis";
import { kpis } from "../../../src/core/pricing/kpis";
import { analyze } from "../../../src/core/pricing/analyze";
import { analyzeWhatIf } from "../../../src/core/whatIf/whatIf";
import { parseA1, parseRangeA1 } from "../../../src/core/workbook/address";
import { SCENARIOS_SHEET } from "../../../src/core/report/outputs/names";
import { SCENARIO_HEADERS, SCENARIOS_TABLE, WORKBOOK_ROW_NAME, planScenariosSheet } from "../../../src/core/report/sheets/planScenarios";
import {
  SCENARIO_DATA_HEADER,
  decodeScenario,
  encodeScenario,
  readScenarios,
  upsertScenario,
  type SavedScenario,
} from "../../../src/core/whatIf/scenarios";
import type { SheetSpec } from "../../../src/core/report/sheetPlan";
import type { CellValue } from "../../../src/core/workbook/grid";
import { parsed } from "./helpers";

const { model } = parsed();
const workbookKpis = kpis(analyze(model));

function scenario(name: string, levers: Parameters<typeof analyzeWhatIf>[1]): SavedScenario {
  const w = analyzeWhatIf(model, levers);
  return { name, changes: w.changes, kpis: w.kpis };
}

/** The sheet's cells as a shell would read its used range back (values only). */
function sheetValues(spec: SheetSpec): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const block of spec.blocks) {
    const { row, col } = parseA1(block.at);
    block.values.forEach((r, i) =>
      r.forEach((v, j) => {
        const line = (grid[row + i] ??= []);
        while (line.length < col + j) line.push(null);
        line[col + j] = v;
      }),
    );
  }
  const width = Math.max(...Array.from(grid, (r) => r?.length ?? 0));
  return Array.from({ length: grid.length }, (_, i) => Array.from({ length: width }, (_, j) => grid[i]?.[j] ?? null));
}

const table = (spec: SheetSpec) => spec.blocks.find((b) => b.id === "scenarios")!;
const rowsOf = (spec: SheetSpec) => table(spec).values.slice(1);
const col = (header: (typeof SCENARIO_HEADERS)[number]) => SCENARIO_HEADERS.indexOf(header);

describe("the Scenarios sheet", () => {
  const higherRate = scenario("Rate 140", { settings: { hourlyRate: 140 } });

  it("after a first save: the workbook's row, then the scenario with its changes and KPIs", () => {
    const spec = planScenariosSheet(upsertScenario([], higherRate), "USD", workbookKpis);
    expect(spec.name).toBe(SCENARIOS_SHEET);
    expect(table(spec).table?.name).toBe(SCENARIOS_TABLE);
    expect(table(spec).values[0]).toEqual([...SCENARIO_HEADERS]);
    const [workbookRow, row] = rowsOf(spec);
    expect(workbookRow!.slice(0, 2)).toEqual([WORKBOOK_ROW_NAME, "None (the workbook as it is)"]);
    expect(workbookRow![col("Annual revenue, current billing")]).toBe(workbookKpis.annualCurrentRevenue);
    expect(row!.slice(0, 2)).toEqual(["Rate 140", "Hourly rate $125.00 → $140.00"]);
    expect(row![col("Clients")]).toBe(28);
    expect(row![col("Annual revenue, current billing")]).toBe(higherRate.kpis.annualCurrentRevenue);
    expect(row![col("Annual margin, current billing")]).toBe(higherRate.kpis.annualCurrentMargin);
    expect(row![col("Margin %, current billing")]).toBe(higherRate.kpis.currentMarginPct);
    expect(row![col("Effective rate per hour (work + travel)")]).toBe(higherRate.kpis.effectiveRate);
    // A higher hourly rate earns more from the hourly clients.
    expect(higherRate.kpis.annualCurrentRevenue).toBeGreaterThan(workbookKpis.annualCurrentRevenue);
  });

  it("saving the same name again updates that row in place; a second name adds a row after it", () => {
    const cheaperBusiness = scenario("Business 800", { tiers: { Business: { monthlyFee: 800 } } });
    const updated = scenario(" rate 140 ", { settings: { hourlyRate: 150 }, mix: { Home: 20 } });
    let list = upsertScenario([], higherRate);
    list = upsertScenario(list, cheaperBusiness);
    list = upsertScenario(list, updated);
    expect(list.map((s) => s.name)).toEqual(["rate 140", "Business 800"]);

    const rows = rowsOf(planScenariosSheet(list, "USD", workbookKpis));
    expect(rows.map((r) => r[0])).toEqual([WORKBOOK_ROW_NAME, "rate 140", "Business 800"]);
    expect(rows[1]![1]).toBe("Hourly rate $125.00 → $150.00; Home clients 12 → 20");
    expect(rows[1]![col("Clients")]).toBe(36);
    expect(rows[1]![col("Annual revenue, current billing")]).toBe(updated.kpis.annualCurrentRevenue);
    expect(rows[2]![1]).toBe("Business monthly fee $900.00 → $800.00");
    // Two Business clients pay 100 less a month: 2,400 a year less.
    expect(cheaperBusiness.kpis.annualCurrentRevenue - workbookKpis.annualCurrentRevenue).toBeCloseTo(-2_400, 6);
  });

  it("charts every row's annual revenue and margin, above the table so the table can grow", () => {
    const spec = planScenariosSheet([higherRate], "EUR", workbookKpis);
    expect(spec.charts).toHaveLength(1);
    const chart = spec.charts[0]!;
    expect(chart.type).toBe("columnClustered");
    expect(chart.sourceBlock).toBe("scenarios");
    expect(SCENARIO_HEADERS[chart.categoryColumn]).toBe("Scenario");
    expect(chart.seriesColumns.map((c) => SCENARIO_HEADERS[c])).toEqual(["Annual revenue, current billing", "Annual margin, current billing"]);
    const place = parseRangeA1(chart.placeAt);
    expect(place.bottom).toBeLessThan(parseA1(table(spec).at).row - 1);
    expect(table(spec).columnFormats?.[col("Annual revenue, current billing")]).toBe('"€"#,##0');
  });

  it("reads back, from the sheet's own cells, exactly the scenarios saved (the workbook's row is not one)", () => {
    const second = scenario("Travel", { settings: { freeTravelRadius: 25, tripCharge: 0 }, tiers: { Premier: { includedHours: 30 } } });
    const spec = planScenariosSheet([higherRate, second], "USD", workbookKpis);
    const values = sheetValues(spec);
    expect(values.some((r) => r.includes(SCENARIO_DATA_HEADER))).toBe(true);
    expect(readScenarios(values)).toEqual([higherRate, second]);
    // Saving again from what was read gives the same sheet.
    expect(planScenariosSheet(upsertScenario(readScenarios(values), second), "USD", workbookKpis)).toEqual(spec);
  });

  it("skips data cells that were edited into something else, and a sheet without the data column has none", () => {
    const good = encodeScenario(higherRate);
    const values: CellValue[][] = [
      [SCENARIO_DATA_HEADER],
      [good],
      [good.replace('"v":1', '"v":2')],
      ["{not json"],
      [good.replace('"annualCost":', '"annualCost":"x","was":')],
      [null],
    ];
    expect(readScenarios(values)).toEqual([higherRate]);
    expect(decodeScenario(42)).toBeNull();
    expect(readScenarios([["Scenario"], ["Rate 140"]])).toEqual([]);
  });

  it("keeps a KPI that has no value (no revenue) as null", () => {
    const empty: Kpis = { ...workbookKpis, currentMarginPct: null, effectiveRate: null, homeClientsPerSmallBusiness: null };
    const saved: SavedScenario = { name: "Nothing", changes: [], kpis: empty };
    expect(decodeScenario(encodeScenario(saved))).toEqual(saved);
    const row = rowsOf(planScenariosSheet([saved], "USD"))[0]!;
    expect(row[1]).toBe("None");
    expect(row[col("Effective rate per hour (work + travel)")]).toBeNull();
  });
});
