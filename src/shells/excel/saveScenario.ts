/**
 * Save scenario (issue 5) over Office.js: the saved scenarios live on the Scenarios sheet itself
 * (each row's data cell, see src/core/whatIf/scenarios.ts), so saving reads them back, upserts this
 * one and rewrites the sheet. Requests: 1 to find sheets and names (is the sheet ours?), 1 to
 * read our Scenarios sheet's values (skipped when there is none yet), 1 to write it: at most 3.
 * A "Scenarios" sheet that is not ours is never touched (ForeignSheetError, nothing written).
 * The first save writes in two requests (the new sheet is activated after a sync, office-js#930).
 */
import type { Kpis } from "../../core/pricing/kpis";
import { SCENARIOS_SHEET } from "../../core/report/outputs/names";
import { planScenariosSheet } from "../../core/report/sheets/planScenarios";
import { hasScenario, readScenarios, upsertScenario, type SavedScenario } from "../../core/whatIf/scenarios";
import { ForeignSheetError } from "../../core/report/outputs/foreignSheet";
import { applyPlan } from "./applyPlan";
import { queueOurParts } from "./ourParts";
import { rangeValues } from "./cellInput";
import { findSheet, loadWorkbookState, sheetState, type WorkbookState } from "./workbookState";

export interface SaveScenarioResult {
  sheet: string;
  /** true: a scenario of that name was already there and its row was updated. */
  updated: boolean;
  /** Every scenario now on the sheet, in order. */
  scenarios: SavedScenario[];
  syncs: number;
}

/**
 * The scenarios on our Scenarios sheet (one request, which also finds the sheet's charts for
 * applyPlan to replace: `state.charts` is filled in), or none when the sheet is absent.
 */
export async function readSavedScenarios(context: Excel.RequestContext, state: WorkbookState): Promise<SavedScenario[]> {
  const status = sheetState(state, SCENARIOS_SHEET);
  if (status === "foreign") throw new ForeignSheetError(findSheet(state, SCENARIOS_SHEET)?.name ?? SCENARIOS_SHEET);
  if (status === "absent") return [];
  const name = findSheet(state, SCENARIOS_SHEET)!.name;
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRange(true).load("values");
  const parts = queueOurParts(context, state, [name]);
  await context.sync();
  Object.assign(state, parts());
  return readScenarios(rangeValues(used));
}

/** Adds the scenario (or updates the one of the same name) and rewrites the Scenarios sheet, with the workbook's own figures first. */
export async function saveScenario(
  context: Excel.RequestContext,
  scenario: SavedScenario,
  currency: string,
  workbookKpis: Kpis,
): Promise<SaveScenarioResult> {
  const state = await loadWorkbookState(context);
  let syncs = 1;
  const present = sheetState(state, SCENARIOS_SHEET) === "ours";
  const existing = await readSavedScenarios(context, state);
  if (present) syncs++;
  const scenarios = upsertScenario(existing, scenario);
  const applied = await applyPlan(context, { sheets: [planScenariosSheet(scenarios, currency, workbookKpis)] }, state);
  return {
    sheet: SCENARIOS_SHEET,
    updated: hasScenario(existing, scenario.name),
    scenarios,
    syncs: syncs + applied.syncs,
  };
}
