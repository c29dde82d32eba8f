/**
 * The Office.js shell's second verb: carry out a SheetPlan, updating our own output sheets in
 * place (issue 9). A sheet of the same name that is not ours stops everything before a single
 * change is queued.
 *
 * In place: our sheet is kept (its name, its position, and so every formula of the user's that
 * points into it, e.g. ='Pricing Results'!B7); our charts on it are removed, our tables are kept
 * and resized where Excel can (Table.resize, ExcelApi 1.13, and the header row stays put) or else
 * re-created, and the new values are written before the old cells around them are emptied
 * (clearSheet.ts), so a write cut short never leaves the sheet blank. Nothing is renamed, moved or deleted, so no
 * `#REF!` and no operation that Excel cannot undo ("Undo support in Excel add-ins" lists
 * Worksheet.delete, name and position among them). A new sheet gets its ownership marker in the
 * same request that adds it, hidden from Name Manager (NamedItem.visible = false), so a write
 * cut short later never leaves an unmarked sheet (ownedSheet.ts).
 *
 * Requests: one when every sheet already exists and the values fit the budget; a first run adds
 * one, because Excel on the web does not reliably activate a sheet added in the same request
 * (OfficeDev/office-js#930); a big model sends one more per ~3 MB of values (syncBudget.ts).
 */
import type { SheetPlan, SheetSpec } from "../../core/report/sheetPlan";
import { ownershipName } from "../../core/report/outputs/names";
import { checkOwnership, sameName } from "../../core/report/outputs/ownership";
import { clearOutside, prepareOurSheet } from "./clearSheet";
import { excelApiSupported, TABLE_RESIZE_API } from "./requirements";
import { finishSheets, type PrintCheck } from "./finishSheets";
import { writeNamedCells } from "./namedCells";
import { leftoverSheets, unfinishedWrite, writingName } from "./ownedSheet";
import { setUpSheet } from "./sheetSetup";
import { checkProtection } from "./protection";
import { queueOurParts } from "./ourParts";
import { SyncBudget } from "./syncBudget";
import { blockArea, writeFormats, writeStyle, writeTable, writeValues } from "./writeBlock";
import { writeChart } from "./writeChart";
import { findName, findSheet, sheetState, type WorkbookState } from "./workbookState";

export interface ApplyResult {
  /** The sheets written, in plan order. */
  sheets: string[];
  /** Sheets whose print setup this Excel could not apply (it lacks ExcelApi 1.9). */
  printSkipped: string[];
  /** Sheets whose fit-to-page setting did not read back as set (OfficeDev/office-js#1860): the user should check it. */
  printUnconfirmed: string[];
  /** Sheets whose previous write had been cut short: finished now. */
  recovered: string[];
  /** Requests sent (context.sync calls). */
  syncs: number;
}

/**
 * Throws ForeignSheetError when a planned sheet exists and is not ours, ProtectedSheetError when
 * one is protected (or the structure is, and a sheet must be added or shown): nothing is queued then.
 */
export function checkPlan(plan: SheetPlan, state: WorkbookState): void {
  checkOwnership(plan, (sheetName) => sheetState(state, sheetName));
  checkProtection(plan, state);
}

/** `state` is what readWorkbook found just before: it tells our sheets from the user's. */
export async function applyPlan(context: Excel.RequestContext, plan: SheetPlan, state: WorkbookState): Promise<ApplyResult> {
  checkPlan(plan, state);
  const empty: ApplyResult = { sheets: [], printSkipped: [], printUnconfirmed: [], recovered: [], syncs: 0 };
  if (plan.sheets.length === 0) return empty;
  const workbook = context.workbook;
  const budget = new SyncBudget(context);
  const known = await chartsKnown(context, plan, state, budget);
  const taken = namesInUse(known, plan);
  const recovered = plan.sheets.filter((s) => unfinishedWrite(known, s.name) || (findSheet(known, s.name) && !markerOn(known, s.name))).map((s) => s.name);

  const added: boolean[] = [];
  const kept = plan.sheets.map((spec) => keptTables(spec, known));
  const sheets = plan.sheets.map((spec, i) => {
    const existing = findSheet(known, spec.name);
    added.push(!existing);
    const sheet = existing ? workbook.worksheets.getItem(existing.name) : workbook.worksheets.add(spec.name);
    markOurs(workbook, sheet, spec, known);
    if (existing) prepareOurSheet(workbook, sheet, existing.name, known, new Set([...kept[i]!.values()].map((n) => n.toLocaleLowerCase())));
    return sheet;
  });
  removeLeftovers(workbook, known);

  for (const [i, spec] of plan.sheets.entries()) {
    for (const block of spec.blocks) await writeValues(sheets[i]!, block, budget);
    // Only now the old cells around the new blocks are emptied: a write cut short keeps the old rows.
    if (!added[i]) clearOutside(sheets[i]!, spec.blocks.map(blockArea));
  }

  const printSkipped: string[] = [];
  plan.sheets.forEach((spec, i) => {
    const sheet = sheets[i]!;
    for (const block of spec.blocks) {
      writeTable(sheet, block, taken, block.table ? (kept[i]!.get(block.table.name.toLocaleLowerCase()) ?? null) : null);
      writeFormats(sheet, block);
      writeStyle(sheet, block);
    }
    for (const chart of spec.charts) writeChart(sheet, chart, spec.blocks);
    if (setUpSheet(sheet, spec).printSkipped) printSkipped.push(spec.name);
    writeNamedCells(workbook, sheet, spec, known);
  });

  // Activating and freezing a sheet added in this request is unreliable (finishSheets.ts): send first.
  if (added.some(Boolean) && plan.sheets.some((s) => s.activate || s.freezeRows)) await budget.send();
  const hidden = plan.sheets.map((spec) => (findSheet(known, spec.name)?.visibility ?? "Visible") !== "Visible");
  const checks: PrintCheck[] = finishSheets(sheets, plan.sheets, printSkipped, hidden);
  for (const spec of plan.sheets) {
    const flag = writingName(spec.name);
    if (flag) workbook.names.getItem(flag).delete();
  }
  await budget.send();
  return {
    sheets: plan.sheets.map((s) => s.name),
    printSkipped,
    printUnconfirmed: checks.filter((c) => !c.applied()).map((c) => c.sheet),
    recovered,
    syncs: budget.syncs,
  };
}

/**
 * Our tables on this existing sheet that stay (by lower-cased plan name → the table's name): where
 * Table.resize exists (ExcelApi 1.13) and the table's header row is where the plan's block starts.
 */
function keptTables(spec: SheetSpec, state: WorkbookState): Map<string, string> {
  const kept = new Map<string, string>();
  if (!findSheet(state, spec.name) || !excelApiSupported(TABLE_RESIZE_API)) return kept;
  for (const block of spec.blocks) {
    if (!block.table) continue;
    const { top, left } = blockArea(block);
    const table = state.tables.find((t) => sameName(t.sheet, spec.name) && sameName(t.name, block.table!.name));
    const at = table && state.tableAt?.find((a) => sameName(a.name, table.name));
    if (table && at && at.row === top && at.col === left) kept.set(block.table.name.toLocaleLowerCase(), table.name);
  }
  return kept;
}

function markerOn(state: WorkbookState, sheetName: string): boolean {
  const marker = ownershipName(sheetName);
  if (!marker) return true; // the sample's sheets are never ours to update
  const sheet = findName(state, marker)?.sheet;
  return sheet != null && sameName(sheet, sheetName);
}

/**
 * The marker, in the same request as the sheet (a new sheet: right after adding it), hidden from
 * Name Manager; and the "writing" name that the last request removes. A stale marker (#REF!, or
 * pointing at a sheet the user renamed) is replaced.
 */
function markOurs(workbook: Excel.Workbook, sheet: Excel.Worksheet, spec: SheetSpec, state: WorkbookState): void {
  const marker = ownershipName(spec.name);
  if (!marker) return;
  if (!markerOn(state, spec.name)) {
    if (findName(state, marker)) workbook.names.getItem(marker).delete();
    hiddenName(workbook, marker, sheet, "Marks this sheet as made by Service Agreement Pricer; it updates only sheets so marked.");
  } else {
    workbook.names.getItem(marker).visible = false; // a marker the command line wrote may show in Name Manager
  }
  const flag = writingName(spec.name)!;
  // No comment: a name's comment cannot be undone on Excel on the web ("Undo support in Excel add-ins"), and this name lives for one write.
  if (!findName(state, flag)) hiddenName(workbook, flag, sheet);
}

function hiddenName(workbook: Excel.Workbook, name: string, sheet: Excel.Worksheet, comment?: string): void {
  const item = comment === undefined ? workbook.names.add(name, sheet.getRange("A1")) : workbook.names.add(name, sheet.getRange("A1"), comment); // comment: ExcelApi 1.4
  item.visible = false; // NamedItem.visible, ExcelApi 1.1
}

/**
 * The old shell's `ServicePricer_old_N` sheets (it renamed ours out of the way, then deleted
 * them) are removed. A very hidden sheet cannot be deleted ("the delete operation will fail
 * with an InvalidOperation exception. You should first change its visibility to hidden or
 * visible": Excel JavaScript API reference, Worksheet.delete), so it is made hidden first.
 */
function removeLeftovers(workbook: Excel.Workbook, state: WorkbookState): void {
  for (const name of leftoverSheets(state)) {
    const sheet = workbook.worksheets.getItem(name);
    if (findSheet(state, name)?.visibility === "VeryHidden") sheet.visibility = "Hidden" as Excel.SheetVisibility;
    sheet.delete();
  }
}

/** The charts and tables on our existing sheets, loaded in one request if readWorkbook did not bring them. */
async function chartsKnown(context: Excel.RequestContext, plan: SheetPlan, state: WorkbookState, budget: SyncBudget): Promise<WorkbookState> {
  if (state.charts) return state;
  const ours = plan.sheets.map((s) => findSheet(state, s.name)).filter((s): s is NonNullable<typeof s> => s !== undefined);
  if (ours.length === 0) return { ...state, charts: [], tableAt: [] };
  const parts = queueOurParts(context, state, ours.map((s) => s.name));
  await budget.send();
  return { ...state, ...parts() };
}

/** Table and defined names that stay in the workbook (the tables on sheets we rewrite are removed). */
function namesInUse(state: WorkbookState, plan: SheetPlan): Set<string> {
  const rewritten = (sheet: string) => plan.sheets.some((s) => sameName(s.name, sheet));
  return new Set(
    [...state.tables.filter((t) => !rewritten(t.sheet)).map((t) => t.name), ...state.names.map((n) => n.name)].map((n) =>
      n.toLocaleLowerCase(),
    ),
  );
}
