/**
 * What the shell knows about a workbook after its "find" step: sheets, Excel tables and defined
 * names. From it follow where the input tables are and whether each output sheet is absent, ours
 * or the user's (same name, not ours: never touched).
 *
 * Ours: the ownership marker (a hidden workbook name) refers to it, or, when an earlier write was
 * cut short before the marker could be put back (the rename-and-delete shell of before issue 9
 * deleted it first), the sheet still holds one of our own Excel tables or a
 * `ServicePricer_old_N` sheet of that write is still there. Such a sheet is finished on the next
 * run rather than refused (ownedSheet.ts).
 */
import { OWNERSHIP_NAMES } from "../../core/report/outputs/names";
import { sameName, sheetOwnership, type SheetState } from "../../core/report/outputs/ownership";
import { splitAddress } from "../../core/workbook/address";
import { interruptedWrite } from "./ownedSheet";

export interface WorkbookState {
  /** Every worksheet, in tab order. */
  sheets: { name: string; position: number; visibility: string; protected?: boolean }[];
  /** The workbook's structure is protected (no sheet can be added, deleted, renamed or shown). */
  structureProtected?: boolean;
  /** Every Excel table, the sheet it is on, and whether it shows a totals row. */
  tables: { name: string; sheet: string; showTotals: boolean }[];
  /** Every workbook-scoped defined name, the sheet it refers to and the range there (null: no range, e.g. #REF!). */
  names: { name: string; sheet: string | null; range?: string | null }[];
  /** The workbook's date system: DATE(1904,1,2) is 1 in the 1904 system (Mac workbooks), 1463 in the 1900 one. */
  dateSystem?: 1900 | 1904;
  /** Excel.CalculationMode: "Manual" means formulas may hold stale results until recalculated. */
  calculationMode?: string;
  /** Charts on our own output sheets, when loaded (readWorkbook's second request): applyPlan removes them. */
  charts?: { sheet: string; name: string }[];
  /** Top-left cell of each of our tables on our output sheets, loaded with the charts: applyPlan keeps a table whose header row stays put. */
  tableAt?: { name: string; row: number; col: number }[];
}

/**
 * The "find" step, one request: every sheet (with its protection, ExcelApi 1.2), table and
 * workbook-scoped name, whether the workbook's structure is protected (ExcelApi 1.7), its date
 * system and its calculation mode. Reads only.
 */
export async function loadWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets.load("items/name, items/position, items/visibility, items/protection/protected");
  const structure = context.workbook.protection.load("protected");
  // Two facts only Excel knows, in the same request: the date system (Workbook.functions, ExcelApi
  // 1.2) and the calculation mode (Application.calculationMode, ExcelApi 1.1).
  const day2of1904 = context.workbook.functions.date(1904, 1, 2).load("value");
  const application = context.workbook.application.load("calculationMode");
  const tables = context.workbook.tables.load("items/name, items/showTotals, items/worksheet/name");
  const names = context.workbook.names.load("items/name, items/type, items/value");
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, position: s.position, visibility: String(s.visibility), protected: s.protection.protected })),
    structureProtected: structure.protected,
    dateSystem: day2of1904.value === 1 ? 1904 : 1900,
    calculationMode: String(application.calculationMode),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name, showTotals: t.showTotals })),
    names: names.items.map((n) => ({ name: n.name, sheet: referredSheet(n.type, n.value), range: referredRange(n.type, n.value) })),
  };
}

export function findSheet(state: WorkbookState, name: string): WorkbookState["sheets"][number] | undefined {
  return state.sheets.find((s) => sameName(s.name, name));
}

/** Sheets left over from an interrupted write of the old shell (ServicePricer_old_N), which the next write deletes. */
export { leftoverSheets as leftoverSheetsOf } from "./ownedSheet";

export function findName(state: WorkbookState, name: string): WorkbookState["names"][number] | undefined {
  return state.names.find((n) => sameName(n.name, name));
}

/** By the marker alone (report/ownership.ts): what the CLI shell decides too. */
function markedState(state: WorkbookState, sheetName: string): SheetState {
  const sheetsNamedBy = (definedName: string) => {
    const sheet = findName(state, definedName)?.sheet;
    return sheet == null ? [] : [sheet];
  };
  return sheetOwnership(sheetName, state.sheets.map((s) => s.name), sheetsNamedBy);
}

export function sheetState(state: WorkbookState, sheetName: string): SheetState {
  const marked = markedState(state, sheetName);
  return marked === "foreign" && interruptedWrite(state, sheetName) ? "ours" : marked;
}

/** The state of each output sheet the add-in can write ("Pricing Results", "Rate Card", …). */
export function outputSheetStates(state: WorkbookState): { name: string; state: SheetState }[] {
  return Object.keys(OWNERSHIP_NAMES).map((name) => ({ name, state: sheetState(state, name) }));
}

/**
 * The sheet a defined name's range lives on, from NamedItem.value ("'Pricing Results'!$A$1",
 * with or without a leading "="); null when it is not a range.
 */
export function referredSheet(type: string, value: unknown): string | null {
  if (type !== "Range" || typeof value !== "string") return null;
  return splitAddress(value.replace(/^=/, "")).sheet || null;
}

/** The range part of that reference, without $ ("B5"); null when it is not a range. */
export function referredRange(type: string, value: unknown): string | null {
  if (type !== "Range" || typeof value !== "string") return null;
  return splitAddress(value.replace(/^=/, "")).range.replace(/\$/g, "").toUpperCase();
}
