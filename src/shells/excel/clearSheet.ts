/**
 * Empty one of our output sheets for its new plan, keeping the sheet itself (name, position, the
 * user's references into it, the undo stack): our tables and charts on it are removed, then its
 * cells are cleared of values and formats and its rows go back to the standard height.
 */
import { sameName } from "../../core/report/outputs/ownership";
import type { WorkbookState } from "./workbookState";

export function clearOurSheet(workbook: Excel.Workbook, sheet: Excel.Worksheet, sheetName: string, state: WorkbookState): void {
  // Everything on a sheet the add-in owns is the add-in's: it is rewritten whole on every run.
  for (const t of state.tables) if (sameName(t.sheet, sheetName)) workbook.tables.getItem(t.name).delete();
  for (const c of state.charts ?? []) if (sameName(c.sheet, sheetName)) sheet.charts.getItem(c.name).delete();
  const all = sheet.getRange(); // the whole sheet: Range.clear (ExcelApi 1.1) removes values, formulas and formats
  all.clear("All" as Excel.ClearApplyTo);
  all.format.useStandardHeight = true; // ExcelApi 1.7
  all.columnHidden = false; // ExcelApi 1.2: a column the last plan hid (Scenarios' data column) shows again unless hidden anew
}
