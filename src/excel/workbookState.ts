/**
 * What the shell knows about a workbook after its "find" step: sheets, Excel tables and defined
 * names. From it follow where the input tables are and whether each output sheet is absent, ours
 * (its ownership marker names it) or the user's (same name, no marker: never touched).
 */
import { OWNERSHIP_NAMES, ownershipName } from "../report/names";

export interface WorkbookState {
  /** Every worksheet, in tab order. */
  sheets: { name: string; position: number }[];
  /** Every Excel table and the sheet it is on. */
  tables: { name: string; sheet: string }[];
  /** Every workbook-scoped defined name and the sheet it refers to (null: no range, e.g. #REF!). */
  names: { name: string; sheet: string | null }[];
}

export type SheetState = "absent" | "ours" | "foreign";

/** Excel compares sheet, table and defined names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

export function findSheet(state: WorkbookState, name: string): WorkbookState["sheets"][number] | undefined {
  return state.sheets.find((s) => sameName(s.name, name));
}

export function findName(state: WorkbookState, name: string): WorkbookState["names"][number] | undefined {
  return state.names.find((n) => sameName(n.name, name));
}

export function sheetState(state: WorkbookState, sheetName: string): SheetState {
  const sheet = findSheet(state, sheetName);
  if (!sheet) return "absent";
  const marker = ownershipName(sheetName);
  const named = marker === undefined ? undefined : findName(state, marker);
  return named?.sheet != null && sameName(named.sheet, sheet.name) ? "ours" : "foreign";
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
  const ref = value.replace(/^=/, "");
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = ref.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
