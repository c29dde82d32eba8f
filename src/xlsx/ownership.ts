/**
 * Which output sheets are ours: a workbook-scoped defined name (src/report/names.ts) that refers
 * to the sheet's A1. A sheet named like an output sheet without its marker is the user's.
 */
import type ExcelJS from "exceljs";
import { ownershipName } from "../report/names";

export type SheetState = "absent" | "ours" | "foreign";

/** Sheet names are case-insensitive in Excel: "pricing results" is the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameSheetName(ws.name, name));
}

/** Sheets each defined name refers to. */
function namedSheets(workbook: ExcelJS.Workbook, name: string): string[] {
  const sheets: string[] = [];
  workbook.definedNames.forEach((n: string, cell: { sheetName?: string }) => {
    if (n === name && cell.sheetName) sheets.push(cell.sheetName.replace(/''/g, "'"));
  });
  return sheets;
}

export function sheetState(workbook: ExcelJS.Workbook, sheetName: string): SheetState {
  const ws = findSheet(workbook, sheetName);
  if (!ws) return "absent";
  const marker = ownershipName(sheetName);
  if (!marker) return "foreign";
  return namedSheets(workbook, marker).some((s) => sameSheetName(s, ws.name)) ? "ours" : "foreign";
}

/** Mark a sheet as ours: its marker name refers to its A1 (and to nothing else). */
export function markOwned(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, sheetName: string): void {
  const marker = ownershipName(sheetName);
  if (!marker) return;
  forgetName(workbook, marker);
  workbook.definedNames.add(`'${ws.name.replace(/'/g, "''")}'!$A$1`, marker);
}

function forgetName(workbook: ExcelJS.Workbook, name: string): void {
  const names = workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  names.model = names.model.filter((n) => n.name !== name);
}

/** Drop every defined name's reference into a sheet that is about to be removed. */
export function forgetSheetNames(workbook: ExcelJS.Workbook, sheetName: string): void {
  const names = workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  names.model = names.model
    .map((n) => ({ name: n.name, ranges: n.ranges.filter((r) => !sameSheetName(rangeSheet(r), sheetName)) }))
    .filter((n) => n.ranges.length > 0);
}

/** "'Pricing Results'!$A$1" → "Pricing Results". */
function rangeSheet(range: string): string {
  const bang = range.lastIndexOf("!");
  if (bang < 0) return "";
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
