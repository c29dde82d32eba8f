/**
 * Writes that did not finish, and how the next run knows them. A write of ours can stop part way
 * (a dropped request on Excel on the web, the user editing a cell, the second of several value
 * requests failing): Excel runs a request's operations in order and does not roll back those
 * before the failure ("Error handling with the application-specific JavaScript APIs"). Since
 * issue 9 the ownership marker is added in the request that creates the sheet and never removed,
 * so the sheet stays ours; a hidden "writing" name set in the first request and removed in the
 * last says a write was cut short. The rename-and-delete shell before it deleted the marker
 * first: its leftovers (an unmarked sheet holding our tables, a `ServicePricer_old_N` sheet) are
 * recognised here too.
 */
import { OWNERSHIP_NAMES, ownershipName, RATE_CARD_SHEET, RATE_CARD_TABLES, RESULTS_SHEET, RESULT_TABLES, SCENARIOS_SHEET } from "../../core/report/outputs/names";
import { SCENARIOS_TABLE } from "../../core/report/sheets/planScenarios";
import { sameName } from "../../core/report/outputs/ownership";
import type { WorkbookState } from "./workbookState";

/** Sheets the old shell renamed ours to before deleting them. */
export const LEFTOVER_SHEET = /^ServicePricer_old_\d+$/;

/** Our Excel tables on each output sheet (a copy may carry a _2 suffix). */
const OUR_TABLES: Readonly<Record<string, readonly string[]>> = {
  [RESULTS_SHEET]: Object.values(RESULT_TABLES),
  [RATE_CARD_SHEET]: Object.values(RATE_CARD_TABLES),
  [SCENARIOS_SHEET]: [SCENARIOS_TABLE],
};

/** The hidden name that says a write of this output sheet is under way (null: not an output sheet). */
export function writingName(sheetName: string): string | null {
  const marker = ownershipName(sheetName); // a proposal's sheet too
  return marker ? marker.replace("_Owned_", "_Writing_") : null;
}

export function isOurTable(sheetName: string, table: string): boolean {
  return (OUR_TABLES[sheetName] ?? []).some((t) => sameName(table, t) || new RegExp(`^${t}_\\d+$`, "i").test(table));
}

/** Sheets left over from an interrupted write of the old shell. */
export function leftoverSheets(state: WorkbookState): string[] {
  return state.sheets.map((s) => s.name).filter((n) => LEFTOVER_SHEET.test(n));
}

/**
 * An output sheet without a valid marker that is nonetheless ours: its marker is gone or points
 * nowhere (#REF!), and it holds one of our tables or a leftover sheet of the interrupted write is there.
 */
export function interruptedWrite(state: WorkbookState, sheetName: string): boolean {
  const marker = OWNERSHIP_NAMES[sheetName];
  if (!marker) return false;
  const markerName = state.names.find((n) => sameName(n.name, marker));
  if (markerName && markerName.sheet !== null) return false; // it points at another sheet: not ours
  const sheet = state.sheets.find((s) => sameName(s.name, sheetName));
  if (!sheet) return false;
  const ourTable = state.tables.some((t) => sameName(t.sheet, sheet.name) && isOurTable(sheetName, t.name));
  return ourTable || leftoverSheets(state).length > 0;
}

/** Whether the last write of this sheet was cut short (its "writing" name is still there). */
export function unfinishedWrite(state: WorkbookState, sheetName: string): boolean {
  const flag = writingName(sheetName);
  return flag !== null && state.names.some((n) => sameName(n.name, flag));
}
