/**
 * The Office.js shell's second verb: carry out a SheetPlan. Our own output sheets are replaced
 * whole (so their tables and charts go with them and a re-run never duplicates anything); a
 * sheet of the same name that is not ours stops everything before a single change is queued.
 *
 * Requests: every sheet, value, format, table, chart and setting goes in ONE request when the
 * values fit the budget (a few thousand clients); bigger models send one more request per ~3 MB
 * of values. Values are queued before formats; formats go by whole column ranges.
 */
import type { SheetPlan, SheetSpec } from "../report/sheetPlan";
import { ownershipName } from "../report/names";
import { checkOwnership, sameName } from "../report/ownership";
import { setUpSheet } from "./sheetSetup";
import { SyncBudget } from "./syncBudget";
import { writeFormats, writeStyle, writeTable, writeValues } from "./writeBlock";
import { writeChart } from "./writeChart";
import { findName, findSheet, sheetState, type WorkbookState } from "./workbookState";

export interface ApplyResult {
  /** The sheets written, in plan order. */
  sheets: string[];
  /** Sheets whose print setup this Excel could not apply (it lacks ExcelApi 1.9). */
  printSkipped: string[];
  /** Requests sent (context.sync calls). */
  syncs: number;
}

/** Throws ForeignSheetError when a planned sheet exists and is not ours; nothing is queued then. */
export function checkPlan(plan: SheetPlan, state: WorkbookState): void {
  checkOwnership(plan, (sheetName) => sheetState(state, sheetName));
}

/** `state` is what readWorkbook found just before: it tells our sheets from the user's. */
export async function applyPlan(context: Excel.RequestContext, plan: SheetPlan, state: WorkbookState): Promise<ApplyResult> {
  checkPlan(plan, state);
  if (plan.sheets.length === 0) return { sheets: [], printSkipped: [], syncs: 0 };
  const workbook = context.workbook;
  const budget = new SyncBudget(context);
  const taken = namesInUse(state, plan);

  const sheets = plan.sheets.map((spec, i) => freshSheet(workbook, spec, state, i));
  for (const [i, spec] of plan.sheets.entries()) {
    for (const block of spec.blocks) await writeValues(sheets[i]!, block, budget);
  }

  const printSkipped: string[] = [];
  plan.sheets.forEach((spec, i) => {
    const sheet = sheets[i]!;
    for (const block of spec.blocks) {
      writeTable(sheet, block, taken);
      writeFormats(sheet, block);
      writeStyle(sheet, block);
    }
    for (const chart of spec.charts) writeChart(sheet, chart, spec.blocks);
    if (setUpSheet(sheet, spec).printSkipped) printSkipped.push(spec.name);
    const marker = ownershipName(spec.name);
    if (marker) workbook.names.add(marker, sheet.getRange("A1"));
  });
  const active = plan.sheets.map((s, i) => (s.activate ? i : -1)).filter((i) => i >= 0).pop();
  if (active !== undefined) sheets[active]!.activate();
  await budget.send();
  return { sheets: plan.sheets.map((s) => s.name), printSkipped, syncs: budget.syncs };
}

/**
 * A new, empty sheet for the spec, where our old one was. The old one is renamed out of the way
 * first and deleted after the new one exists, so the workbook is never left without a visible sheet.
 */
function freshSheet(workbook: Excel.Workbook, spec: SheetSpec, state: WorkbookState, index: number): Excel.Worksheet {
  const marker = ownershipName(spec.name);
  if (marker && findName(state, marker)) workbook.names.getItem(marker).delete();
  const old = findSheet(state, spec.name);
  if (!old) return workbook.worksheets.add(spec.name);
  const oldSheet = workbook.worksheets.getItem(old.name);
  oldSheet.name = spareName(state, index);
  const sheet = workbook.worksheets.add(spec.name);
  oldSheet.delete();
  sheet.position = old.position;
  return sheet;
}

function spareName(state: WorkbookState, index: number): string {
  for (let n = index; ; n++) {
    const name = `ServicePricer_old_${n}`;
    if (!findSheet(state, name)) return name;
  }
}

/** Table and defined names that stay in the workbook (those on sheets we replace go with them). */
function namesInUse(state: WorkbookState, plan: SheetPlan): Set<string> {
  const replaced = (sheet: string) => plan.sheets.some((s) => sameName(s.name, sheet));
  return new Set(
    [...state.tables.filter((t) => !replaced(t.sheet)).map((t) => t.name), ...state.names.map((n) => n.name)].map((n) =>
      n.toLocaleLowerCase(),
    ),
  );
}
