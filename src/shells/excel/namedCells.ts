/**
 * The key figures' workbook names (SheetSpec.namedCells, e.g. Pricer_AnnualRevenue → 'Pricing
 * Results'!B6), so a user's dashboard can write =Pricer_AnnualRevenue and keep the right value
 * after every run. A name already referring to its cell is left exactly as it is (a formula using
 * it never notices a re-run); one that points elsewhere or at #REF! is replaced. These names are
 * visible in Name Manager: they are there for the user.
 */
import type { SheetSpec } from "../../core/report/sheetPlan";
import { sameName } from "../../core/report/outputs/ownership";
import { findName, type WorkbookState } from "./workbookState";

export function writeNamedCells(workbook: Excel.Workbook, sheet: Excel.Worksheet, spec: SheetSpec, state: WorkbookState): void {
  for (const { name, at } of spec.namedCells ?? []) {
    const existing = findName(state, name);
    if (existing && existing.sheet !== null && sameName(existing.sheet, spec.name) && existing.range === at.toUpperCase()) continue;
    if (existing) workbook.names.getItem(existing.name).delete();
    workbook.names.add(name, sheet.getRange(at), `Service Agreement Pricer key figure on ${spec.name}: updated by every Analyze.`);
  }
}
