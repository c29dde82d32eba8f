/**
 * One .xlsx file through both front doors: the command line in-process (`analyze --json`) and the
 * task pane's real PricingService over the Office.js shell, on the strict in-memory Excel loaded
 * from the same file. Records the workbook's state before and after each pane action.
 */
import fs from "node:fs";
import { main } from "../../src/apps/cli/main";
import { snapshotWorkbook, type WorkbookSnapshot } from "../../src/testing/fakeExcel/snapshot";
import type { FakeExcel } from "../../src/testing/fakeExcel";
import type { Analysis } from "../../src/core/pricing/results";
import type { Problem } from "../../src/core/workbook/model";
import { createExcelService } from "../../src/apps/taskpane/excelService";
import type { AnalyzeOutcome, AnalyzeStep, PricingService, RateCardOutcome } from "../../src/apps/taskpane/service";
import { fakeExcelFromXlsx } from "./fakeFromXlsx";

export interface CliRun {
  code: number;
  report: Analysis;
  stderr: string;
  /** The result workbook, when one was written. */
  out: string | null;
}

export async function runCli(input: string): Promise<CliRun> {
  const json = input.replace(/\.xlsx$/, ".json");
  const out = input.replace(/\.xlsx$/, ".out.xlsx");
  const err: string[] = [];
  const code = await main(["analyze", input, "--json", json, "--out", out], { stdout: () => {}, stderr: (l) => err.push(l) });
  return { code, report: JSON.parse(fs.readFileSync(json, "utf8")) as Analysis, stderr: err.join("\n"), out: fs.existsSync(out) ? out : null };
}

/** The workbook as the user sees it: cells, tables, charts, names, active sheet, selection (not the sync count). */
export type WorkbookState = Omit<WorkbookSnapshot, "syncs">;

export function stateOf(fake: FakeExcel): WorkbookState {
  const state: Partial<WorkbookSnapshot> = snapshotWorkbook(fake.workbook);
  delete state.syncs;
  return state as WorkbookState;
}

export interface PaneRun {
  fake: FakeExcel;
  service: PricingService;
  before: WorkbookState;
  analyze: AnalyzeOutcome;
  steps: AnalyzeStep[];
  afterAnalyze: WorkbookState;
  rateCard: RateCardOutcome;
  afterRateCard: WorkbookState;
}

/** Analyze, then Generate rate card, as the consultant clicks them. */
export async function runPane(input: string, excelApi?: string): Promise<PaneRun> {
  const fake = await fakeExcelFromXlsx(fs.readFileSync(input), excelApi);
  const service = createExcelService();
  const before = stateOf(fake);
  const steps: AnalyzeStep[] = [];
  const analyze = await service.analyze((step) => steps.push(step));
  const afterAnalyze = stateOf(fake);
  const rateCard = await service.generateRateCard();
  const afterRateCard = stateOf(fake);
  return { fake, service, before, analyze, steps, afterAnalyze, rateCard, afterRateCard };
}

/** Problems as comparable lines, in a stable order: "Clients!E7: Distance is …". */
export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.cell ?? "(no cell)"}: ${p.message}`).sort();
}

/** Every cell anywhere that Excel took for a formula: the add-in must never cause one. */
export function formulaCells(state: WorkbookState): string[] {
  return state.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => `${s.name}!${c.address}: ${c.formula}`));
}
