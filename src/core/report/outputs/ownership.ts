/**
 * Which output sheets are ours (DESIGN.md, safety habits): a sheet whose ownership marker
 * (names.ts) refers to it. A sheet named like an output sheet without its marker is the user's:
 * never touched. Both shells apply these rules to what they read of a workbook.
 */
import { ForeignSheetError } from "./foreignSheet";
import { ownershipName } from "./names";

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

/** The first planned sheet whose name is taken by a sheet of the user's; null when none is. */
export function foreignSheet(plan: { sheets: readonly { name: string }[] }, stateOf: (sheetName: string) => SheetState): string | null {
  return plan.sheets.find((spec) => stateOf(spec.name) === "foreign")?.name ?? null;
}

/**
 * Before anything is written: throws ForeignSheetError when any planned sheet is the user's, and
 * otherwise returns the planned sheets that are ours already (to be updated in place).
 * Both shells call it on what they read of the workbook.
 */
export function checkOwnership(plan: { sheets: readonly { name: string }[] }, stateOf: (sheetName: string) => SheetState): string[] {
  const foreign = foreignSheet(plan, stateOf);
  if (foreign !== null) throw new ForeignSheetError(foreign);
  return plan.sheets.filter((spec) => stateOf(spec.name) === "ours").map((spec) => spec.name);
}
