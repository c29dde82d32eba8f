/**
 * Which output sheets are ours (DESIGN.md, safety habits): a sheet whose ownership marker
 * (names.ts) refers to it. A sheet named like an output sheet without its marker is the user's:
 * never touched. Both shells apply these rules to what they read of a workbook.
 */
import { ForeignSheetError } from "./foreignSheet";
import { ownershipName } from "./names";
import type { SheetPlan } from "../sheetPlan";

export type SheetState = "absent" | "ours" | "foreign";

/** Excel compares sheet, table and defined names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/**
 * The state of the output sheet `sheetName`, given every worksheet name in the workbook and the
 * sheets a workbook-scoped defined name refers to (none when there is no such name).
 */
export function sheetOwnership(
  sheetName: string,
  sheets: readonly string[],
  sheetsNamedBy: (definedName: string) => readonly string[],
): SheetState {
  const sheet = sheets.find((s) => sameName(s, sheetName));
  if (sheet === undefined) return "absent";
  const marker = ownershipName(sheetName);
  if (marker === undefined) return "foreign";
  return sheetsNamedBy(marker).some((s) => sameName(s, sheet)) ? "ours" : "foreign";
}

/** Throws ForeignSheetError, before anything is written, when any planned sheet is the user's. */
export function checkOwnership(plan: SheetPlan, stateOf: (sheetName: string) => SheetState): void {
  for (const spec of plan.sheets) {
    if (stateOf(spec.name) === "foreign") throw new ForeignSheetError(spec.name);
  }
}
