/**
 * Which output sheets are ours, in an ExcelJS workbook: the rules of src/core/report/outputs/ownership.ts over
 * its sheets and defined names; and keeping those markers right as sheets are replaced.
 */
import type ExcelJS from "exceljs";
import { ownershipName } from "../../../core/report/outputs/names";
import { sameName, sheetOwnership, type SheetState } from "../../../core/report/outputs/ownership";
import { splitAddress } from "../../../core/workbook/address";

/** Sheet names are case-insensitive in Excel: "pricing results" is the same sheet. */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameName(ws.name, name));
}

/** The sheets a defined name refers to (none when the workbook has no such name). */
function namedSheets(workbook: ExcelJS.Workbook, name: string): string[] {
  const sheets: string[] = [];
  workbook.definedNames.forEach((n: string, cell: { sheetName?: string }) => {
    if (n === name && cell.sheetName) sheets.push(cell.sheetName.replace(/''/g, "'"));
  });
  return sheets;
}

export function sheetState(workbook: ExcelJS.Workbook, sheetName: string): SheetState {
  return sheetOwnership(sheetName, workbook.worksheets.map((ws) => ws.name), (marker) => namedSheets(workbook, marker));
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
    .map((n) => ({ name: n.name, ranges: n.ranges.filter((r) => !sameName(splitAddress(r).sheet ?? "", sheetName)) }))
    .filter((n) => n.ranges.length > 0);
}
