/** @jest-environment jsdom */
/**
 * One set of numbers (issue 17, DESIGN.md "Catalogues are data"): the sample and PRICING.md §8b's
 * workbook through every front door jest can run — the command line's summary and JSON report,
 * the Pricing Results key-figure cells (and their workbook names in the result file), the
 * Scenarios sheet's row and the pane's cards (Testing Library, fake service) — each held to the
 * same figures, labelled as the key-figure catalogue says. §8b's current-billing figures are
 * checked by hand (PRICING.md §8b totals × 12); the summary's recommended margin is the report's
 * recommendedMargin (tools included, PRICING.md §7), not recommended revenue less cost.
 */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { App } from "../../src/apps/taskpane/App";
import { makeFormats } from "../../src/apps/taskpane/format";
import { formatKpi } from "../../src/apps/taskpane/whatIfFormat";
import { analyze } from "../../src/core/flow";
import { kpis } from "../../src/core/pricing/kpis";
import type { Analysis } from "../../src/core/pricing/results";
import type { Model, ModelCells } from "../../src/core/workbook/model";
import { KEY_FIGURES, figureLabel, formatFigure, keyFigure, labelContext, type KeyFigures } from "../../src/core/report/keyFigures";
import { RESULTS_SHEET } from "../../src/core/report/outputs/names";
import { planScenariosSheet } from "../../src/core/report/sheets/planScenarios";
import type { SheetSpec } from "../../src/core/report/sheetPlan";
import { parseA1 } from "../../src/core/workbook/address";
import { readGrids } from "../../src/shells/xlsx/read/readGrids";
import { loadWorkbook } from "../../src/shells/xlsx/read/files";
import { cli, tempDir } from "./cli/helpers";
import { fakeService, results } from "./taskpane/fakeService";

/** PRICING.md §8b as a consultant's workbook, written by openpyxl (not by us). */
const SECTION_8B = {
  Settings: [["Setting", "Value"], ["Business name", "Worked Example IT"], ["Tool cost per user", 12], ["Tool cost per device", 8], ["Tool cost per server", 40]],
  Tiers: [
    ["Tier", "Monthly fee", "Per user", "Per device", "Per server", "Minimum fee", "Included hours", "Travel included", "Onboarding fee"],
    ["Business", 900, null, null, null, null, 8, "Yes", 500],
    ["Business Plus", 300, 45, 10, 150, 600, 10, "Yes", 750],
  ],
  Clients: [
    ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Users", "Devices", "Servers", "Drive minutes"],
    ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, null, null, null, null],
    ["Harbor Law", "Small business", null, 12, 3, 1.4, 4, 8, 10, 1, null],
    ["Cedar Bakery", "Small business", "Business Plus", 22, 1, 0.5, 2, 3, 4, 0, 35],
  ],
  Benefits: [["Benefit"], ["a"], ["b"], ["c"], ["d"], ["e"], ["f"]],
};

function writeWithOpenpyxl(file: string, sheets: Record<string, unknown[][]>): void {
  const script = [
    "import json, sys, openpyxl",
    "wb = openpyxl.Workbook(); wb.remove(wb.active)",
    "for name, rows in json.loads(sys.argv[2]).items():",
    "    ws = wb.create_sheet(name)",
    "    for row in rows: ws.append(row)",
    "wb.save(sys.argv[1])",
  ].join("\n");
  const run = spawnSync("/usr/bin/python3", ["-c", script, file, JSON.stringify(sheets)], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
}

/** Every front door's view of one workbook file. */
interface Doors {
  figures: KeyFigures;
  context: ReturnType<typeof labelContext>;
  currency: string;
  analysis: Analysis;
  model: Model;
  cells: ModelCells;
  stdout: string;
  json: Analysis;
  results: SheetSpec;
  /** Workbook name → value of the cell it names, in the result file the command line wrote. */
  named: Map<string, unknown>;
}

async function throughEveryDoor(input: string): Promise<Doors> {
  const dir = path.dirname(input);
  const out = path.join(dir, "result.xlsx");
  const json = path.join(dir, "report.json");
  const run = await cli("analyze", input, "--out", out, "--json", json);
  expect(run.code).toBe(0);
  // The flow as the pane's service runs it, on the grids the file shell reads.
  const outcome = analyze({ grids: readGrids(await loadWorkbook(input)).grids });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(out);
  const named = new Map<string, unknown>();
  for (const figure of KEY_FIGURES) {
    const ranges = figure.name ? result.definedNames.getRanges(figure.name).ranges : [];
    if (ranges.length !== 1) continue;
    const [sheet, cell] = ranges[0]!.replace(/\$/g, "").split("!") as [string, string];
    named.set(figure.name!, result.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(cell).value);
  }
  return {
    figures: outcome.figures,
    context: labelContext(outcome.model),
    currency: outcome.model.settings.currency,
    analysis: outcome.analysis,
    model: outcome.model,
    cells: outcome.cells,
    stdout: run.stdout,
    json: JSON.parse(fs.readFileSync(json, "utf8")) as Analysis,
    results: outcome.plan.sheets.find((s) => s.name === RESULTS_SHEET)!,
    named,
  };
}

/** The value at `path` of the JSON report ("totals.recommendedMargin"). */
function jsonValue(report: unknown, at: string): unknown {
  return at.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], report);
}

/** The key-figure cell beside `label` on the planned Pricing Results sheet. */
function keyFigureCell(sheet: SheetSpec, label: string): unknown {
  const labels = sheet.blocks.find((b) => b.id === "kpiLabels")!;
  const values = sheet.blocks.find((b) => b.id === "kpiValues")!;
  const i = labels.values.findIndex((r) => r[0] === label);
  expect(i).toBeGreaterThanOrEqual(0);
  expect(parseA1(values.at).row).toBe(parseA1(labels.at).row);
  return values.values[i]![0];
}

/** The pane's cards after Analyze, with the fake service returning these figures. */
async function renderCards(doors: Doors): Promise<void> {
  const user = userEvent.setup();
  const k = kpis(doors.analysis);
  render(<App service={fakeService(undefined, results({ kpis: k, currency: doors.currency, analysis: doors.analysis, model: doors.model, cells: doors.cells }))} locale="en-US" />);
  await user.click(await screen.findByRole("button", { name: "Analyze" }));
  await screen.findByRole("region", { name: "Annual revenue" });
}

/** The figure the pane's card shows after the catalogue's label. */
function cardFigure(label: string): string {
  const term = screen.getByText(label, { selector: "dt" });
  return term.nextElementSibling!.textContent!;
}

function holdsEveryDoorToTheSameFigures(doors: Doors): void {
  const { figures, currency, context } = doors;
  for (const figure of KEY_FIGURES) {
    const value = figures[figure.field];
    // JSON: the catalogue's field of the report (× 12 for a figure a year).
    if (figure.json) {
      const raw = jsonValue(doors.json, figure.json.path) as number | null;
      expect({ figure: figure.field, json: raw === null ? null : raw * (figure.json.perYear ? 12 : 1) }).toEqual({ figure: figure.field, json: value });
    }
    // Pricing Results: the cell beside the catalogue's label, and the cell its workbook name points at.
    if (figure.name) {
      expect({ figure: figure.field, cell: keyFigureCell(doors.results, figureLabel(figure, context)) }).toEqual({ figure: figure.field, cell: value ?? "n/a" });
      expect({ figure: figure.field, named: doors.named.get(figure.name) }).toEqual({ figure: figure.field, named: value ?? "n/a" });
    }
  }
  // The console: each listed figure with the sheet's label, as the sheet's format shows it.
  for (const field of ["annualCurrentRevenue", "annualRecommendedRevenue", "annualCurrentMargin", "annualRecommendedMargin", "recommendedMarginPct", "effectiveRate", "contractValue"] as const) {
    const figure = keyFigure(field);
    expect(doors.stdout).toMatch(new RegExp(`^${escape(figureLabel(figure, context))}:\\s+${escape(formatFigure(figure, figures[field], currency))}$`, "m"));
  }
  // The summary's Total row: the same annual figures.
  const total = doors.stdout.split("\n").find((l) => l.startsWith("Total"))!;
  for (const field of ["annualCurrentRevenue", "annualCurrentMargin", "annualRecommendedRevenue", "annualRecommendedMargin"] as const) {
    expect(total).toContain(formatFigure(keyFigure(field), figures[field], currency));
  }
  // The Scenarios sheet's row of the workbook's own figures, under the catalogue's labels.
  const scenarios = planScenariosSheet([], currency, kpis(doors.analysis)).blocks.find((b) => b.id === "scenarios")!;
  const [header, row] = scenarios.values as [string[], unknown[]];
  for (const figure of KEY_FIGURES) {
    const at = header.indexOf(figure.label);
    if (at >= 0) expect({ figure: figure.field, scenario: row[at] }).toEqual({ figure: figure.field, scenario: figures[figure.field] });
  }
  expect(header.filter((h) => KEY_FIGURES.some((f) => f.label === h))).toHaveLength(8);
}

function paneShowsTheSameFigures(doors: Doors): void {
  const formats = makeFormats("en-US", doors.currency);
  for (const field of ["annualHourlyRevenue", "annualRecommendedRevenue", "annualRecommendedMargin"] as const) {
    const figure = keyFigure(field);
    expect({ field, card: cardFigure(figure.label) }).toEqual({ field, card: formatKpi(figure.kind, doors.figures[field], formats) });
  }
  const revenue = within(screen.getByRole("region", { name: "Annual revenue" }));
  expect(revenue.getByText(formats.money(doors.figures.annualCurrentRevenue))).toBeInTheDocument();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("one set of numbers through every front door", () => {
  it("the sample: the console's recommended margin is the report's (tools included), as on the sheet and in the pane", async () => {
    const file = path.join(tempDir(), "sample.xlsx");
    expect((await cli("sample", file)).code).toBe(0);
    const doors = await throughEveryDoor(file);
    holdsEveryDoorToTheSameFigures(doors);
    await renderCards(doors);
    paneShowsTheSameFigures(doors);
    const t = doors.json.totals;
    expect(doors.figures.annualRecommendedMargin).toBeCloseTo(12 * t.recommendedMargin, 6);
    // The old summary printed recommended revenue less cost, which leaves the tools of the
    // recommended agreements out: the sample has tool costs, so the two differ.
    const withoutTools = formatFigure(keyFigure("annualRecommendedMargin"), 12 * (t.recommendedRevenue - t.cost), doors.currency);
    expect(formatFigure(keyFigure("annualRecommendedMargin"), doors.figures.annualRecommendedMargin, doors.currency)).not.toBe(withoutTools);
    expect(doors.stdout).not.toContain(withoutTools);
  });

  it("PRICING.md §8b: the current-billing figures by hand, every door the same", async () => {
    const file = path.join(tempDir(), "section8b.xlsx");
    writeWithOpenpyxl(file, SECTION_8B);
    const doors = await throughEveryDoor(file);
    holdsEveryDoorToTheSameFigures(doors);
    await renderCards(doors);
    paneShowsTheSameFigures(doors);
    const f = doors.figures;
    // §8b totals: currentRevenue 2,562.50, currentMargin 1,361.30; hourly 777.50 + 1,062.50 + 420.
    expect(f.clients).toBe(3);
    expect(f.annualCurrentRevenue).toBeCloseTo(12 * 2562.5, 6);
    expect(f.annualCurrentMargin).toBeCloseTo(12 * 1361.3, 6);
    expect(f.annualHourlyRevenue).toBeCloseTo(12 * 2260, 6);
    expect(f.utilisation).toBeCloseTo(0.1844, 4); // 22.13 h of 120
    expect(doors.stdout).toMatch(/^Annual revenue, current billing:\s+\$30,750$/m);
    expect(doors.stdout).toMatch(/^Annual margin, current billing \(after tools\):\s+\$16,336$/m);
    expect(doors.stdout).toMatch(/^Capacity used:\s+18\.4%$/m);
    // Recommended margin: recommendedRevenue − recommendedCost, tools of the recommended agreements included.
    const t = doors.json.totals;
    expect(f.annualRecommendedMargin).toBeCloseTo(12 * (t.recommendedRevenue - t.recommendedCost), 6);
    expect(keyFigureCell(doors.results, "Annual margin, recommended tiers (after tools)")).toBe(f.annualRecommendedMargin);
  });
});
