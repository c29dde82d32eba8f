/**
 * The command line's result: the input package with the plan's sheets added (src/shells/xlsx/write/addSheets.ts),
 * laid out from the plan by our own worksheet writer rather than by ExcelJS re-saving the whole
 * workbook (see DECISIONS.md, "The result workbook").
 */
import type { SheetPlan } from "../../../core/report/sheetPlan";
import { addSheets, type AddedSheets } from "./addSheets";
import { StylePalette, contentFromPlan } from "./sheetContent";

export function resultWorkbook(input: Buffer, plan: SheetPlan): Promise<AddedSheets> {
  const palette = new StylePalette();
  const sheets = plan.sheets.map((spec) => contentFromPlan(spec, palette));
  const active = plan.sheets.filter((s) => s.activate).pop();
  return addSheets(input, sheets, palette, active ? { activate: active.name } : {});
}
