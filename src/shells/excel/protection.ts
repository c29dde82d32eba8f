/**
 * Protection (Review ▸ Protect Sheet, Review ▸ Protect Workbook). Excel refuses any change to a
 * protected sheet, and adding, deleting, renaming or hiding sheets in a workbook whose structure
 * is protected, with AccessDenied ("Error handling with the application-specific JavaScript APIs",
 * error codes). A request is not rolled back when it fails part way, so both states are loaded in
 * the find step (Excel.WorksheetProtection.protected, ExcelApi 1.2; Excel.WorkbookProtection.protected,
 * ExcelApi 1.7) and a write that would meet either is refused before anything is queued.
 */
import type { SheetPlan } from "../../core/report/sheetPlan";
import { findSheet, leftoverSheetsOf, type WorkbookState } from "./workbookState";

export class ProtectedSheetError extends Error {
  constructor(readonly sheet: string | null) {
    super(
      sheet === null
        ? "Unprotect the workbook's structure (Review ▸ Protect Workbook), then run again."
        : `Unprotect sheet ${sheet} (Review ▸ Unprotect Sheet), then run again.`,
    );
    this.name = "ProtectedSheetError";
  }
}

/** Throws ProtectedSheetError when the plan would change a protected sheet or need to add, delete or show a sheet in a protected structure. */
export function checkProtection(plan: SheetPlan, state: WorkbookState): void {
  for (const spec of plan.sheets) {
    const sheet = findSheet(state, spec.name);
    if (sheet?.protected) throw new ProtectedSheetError(sheet.name);
  }
  if (!state.structureProtected) return;
  const changesStructure = plan.sheets.some((spec) => {
    const sheet = findSheet(state, spec.name);
    return !sheet || (spec.reveal === true && sheet.visibility !== "Visible");
  });
  if (changesStructure || leftoverSheetsOf(state).length > 0) throw new ProtectedSheetError(null);
}

/** Throws ProtectedSheetError when any of these sheets (the input cells to write) is protected. */
export function checkSheetsWritable(sheets: readonly string[], state: WorkbookState): void {
  for (const name of sheets) {
    const sheet = findSheet(state, name);
    if (sheet?.protected) throw new ProtectedSheetError(sheet.name);
  }
}
