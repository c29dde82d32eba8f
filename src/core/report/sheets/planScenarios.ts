/**
 * The "Scenarios" sheet the add-in owns (issue 5): a chart comparing the scenarios' annual revenue
 * and margin, then one table row per saved scenario: its name, the levers that differ from the
 * workbook and its headline figures; beside the table, in a hidden column, each scenario as data so
 * it can be read back.
 * The workbook's own figures come first, when given, so every scenario is seen against them.
 */
import type { CellValue } from "../../workbook/grid";
import type { Kpis } from "../../pricing/kpis";
import { leverUnit, type LeverChange } from "../../whatIf/levers";
import type { Block, ChartSpec, SheetSpec } from "../sheetPlan";
import { SCENARIOS_SHEET } from "../outputs/names";
import { a1, rangeA1 } from "../../workbook/address";
import { formatMoney, formatNumber } from "../layout/formats";
import { figureFormat, keyFigure } from "../keyFigures";
import { SCENARIO_DATA_HEADER, encodeScenario, type SavedScenario } from "../../whatIf/scenarios";

/** The Excel table's name (unique in the workbook, like the results sheet's tables). */
export const SCENARIOS_TABLE = "PricingScenarios";

/** The first row, when the workbook's own figures are given. */
export const WORKBOOK_ROW_NAME = "Workbook settings";

/** The key figures each scenario row shows, labelled and formatted as the catalogue says. */
const SCENARIO_FIGURES = (
  ["clients", "annualCurrentRevenue", "annualRecommendedRevenue", "annualCurrentMargin", "currentMarginPct", "annualRecommendedMargin", "recommendedMarginPct", "effectiveRate"] as const
).map(keyFigure);

export const SCENARIO_HEADERS: readonly string[] = ["Scenario", "Changes from the workbook", ...SCENARIO_FIGURES.map((f) => f.label)];

/**
 * The scenarios as data sit right of the table, outside it, unwrapped: the table's text wraps
 * without every row growing to fit a line of JSON. Two empty columns keep them apart.
 */
const DATA_COLUMN = SCENARIO_HEADERS.length + 2;

const CHART_TOP = 3;
const CHART_HEIGHT = 16;
const CHART_WIDTH = 8;

/** "Hourly rate $125.00 → $140.00; Business monthly fee $900.00 → $950.00; Home clients 12 → 100". */
export function describeChanges(changes: readonly LeverChange[], currency: string): string {
  if (changes.length === 0) return "None";
  const show = (c: LeverChange, x: number) => {
    switch (leverUnit(c.lever)) {
      case "money":
        return formatMoney(x, currency);
      case "hours":
        return `${formatNumber(x)} h`;
      case "percent":
        return `${formatNumber(x * 100, 2)}%`;
      default:
        return formatNumber(x);
    }
  };
  return changes.map((c) => `${c.label} ${show(c, c.from)} → ${show(c, c.to)}`).join("; ");
}

function kpiCells(k: Kpis): CellValue[] {
  return SCENARIO_FIGURES.map((f) => k[f.field as keyof Kpis]);
}

/**
 * The Scenarios sheet for these scenarios (in their order), amounts in `currency`. With `workbook`
 * (the figures under the workbook's own settings) a first row shows them; it carries no data, so
 * it is never read back as a scenario.
 */
export function planScenariosSheet(scenarios: readonly SavedScenario[], currency: string, workbook?: Kpis): SheetSpec {
  const tableTop = CHART_TOP + CHART_HEIGHT + 2;
  const rows: CellValue[][] = [
    ...(workbook ? [[WORKBOOK_ROW_NAME, "None (the workbook as it is)", ...kpiCells(workbook)]] : []),
    ...scenarios.map((s): CellValue[] => [s.name, describeChanges(s.changes, currency), ...kpiCells(s.kpis)]),
  ];
  const data: CellValue[][] = [
    [SCENARIO_DATA_HEADER],
    ...(workbook ? [[null]] : []),
    ...scenarios.map((s) => [encodeScenario(s)]),
  ];
  const blocks: Block[] = [
    { id: "title", at: "A1", values: [["What-if scenarios"]], style: "title" },
    {
      id: "subtitle",
      at: "A2",
      values: [[
        `Saved from the add-in's What-if section. Annual figures in ${currency}. ` +
          "Saving a scenario under the same name again updates its row.",
      ]],
      style: "subtitle",
    },
    { id: "scenariosHeading", at: a1(tableTop - 1, 0), values: [["Scenarios"]], style: "heading" },
    {
      id: "scenarios",
      at: a1(tableTop, 0),
      values: [[...SCENARIO_HEADERS], ...rows],
      table: { name: SCENARIOS_TABLE },
      columnFormats: [null, null, ...SCENARIO_FIGURES.map((f) => figureFormat(f, currency))],
      wrap: true,
    },
    { id: "scenarioData", at: a1(tableTop, DATA_COLUMN), values: data, style: "note" },
  ];
  const chart: ChartSpec = {
    id: "scenarioComparison",
    type: "columnClustered",
    title: "Annual revenue and margin by scenario (current billing)",
    sourceBlock: "scenarios",
    categoryColumn: 0,
    seriesColumns: [keyFigure("annualCurrentRevenue").label, keyFigure("annualCurrentMargin").label].map((h) => SCENARIO_HEADERS.indexOf(h)),
    placeAt: rangeA1(CHART_TOP, 0, CHART_TOP + CHART_HEIGHT - 1, CHART_WIDTH - 1),
    yAxisTitle: `Per year (${currency})`,
  };
  return {
    name: SCENARIOS_SHEET,
    blocks,
    charts: [chart],
    columnWidths: [24, 44, 9, 16, 16, 16, 11, 16, 11, 12],
    // The add-in's data is for reading back, not for people: hidden, so it neither shows nor prints.
    hiddenColumns: [DATA_COLUMN],
    activate: true,
    showGridlines: false,
  };
}
