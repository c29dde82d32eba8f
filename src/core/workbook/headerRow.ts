/**
 * Where a table's headings are (PRICING.md §1): an Excel table's first row; on a plain sheet, the
 * first row among its first 20 that holds the table's required headings, below any title rows,
 * merged titles and blank rows. Settings may have no header row at all (a first column of setting
 * names, values beside it), and Benefits may be one column of benefits with no heading.
 */
import type { CellValue, Grid } from "./grid";
import { isBlank, readText } from "./parseNumber";
import { holdsRequiredHeadings, recognisedHeadings, type TableSpec } from "./tables";

/** How far down a sheet the header row is looked for. */
export const HEADER_SEARCH_ROWS = 20;

export type HeaderLayout =
  /** Headings in this row of the grid; data below it. */
  | { kind: "header"; row: number }
  /** No header row: these columns hold the fields (Settings' names and values, the one Benefits column); data from `firstRow`. */
  | { kind: "headerless"; columns: Record<string, number>; firstRow: number }
  /** Settings laid out across: setting names along this row, values below them (refused as a layout). */
  | { kind: "across"; row: number; width: number };

export function headingTexts(cells: readonly CellValue[] | undefined): string[] {
  return (cells ?? []).map((h) => {
    const text = readText(h);
    return text.kind === "ok" ? text.value : "";
  });
}

/**
 * The layout of a grid. `isSettingName` tells a setting's name (Settings' headerless layout).
 * When no row holds the required headings, the row naming the most columns (else the first
 * non-blank row) is taken as the header row, so the message names what is missing there.
 */
export function findHeaderLayout(grid: Grid, spec: TableSpec, isSettingName: (name: string) => boolean): HeaderLayout {
  if (grid.source === "table") return { kind: "header", row: 0 };
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    if (holdsRequiredHeadings(spec, headingTexts(grid.values[r]))) return { kind: "header", row: r };
  }
  const firstFilled = grid.values.findIndex((row) => row.some((c) => !isBlank(c)));
  if (spec.key === "settings") {
    // Two setting names side by side in one row: the names run across, their values below.
    for (let r = 0; r < last; r++) {
      const names = headingTexts(grid.values[r]).map((t) => t !== "" && isSettingName(t));
      if (names.filter(Boolean).length >= 2) return { kind: "across", row: r, width: names.lastIndexOf(true) + 1 };
    }
    for (let r = 0; r < last; r++) {
      const cells = grid.values[r] ?? [];
      const c = cells.findIndex((v) => !isBlank(v));
      const name = readText(cells[c]);
      if (c >= 0 && name.kind === "ok" && isSettingName(name.value)) {
        return { kind: "headerless", columns: { setting: c, value: c + 1 }, firstRow: Math.max(0, firstFilled) };
      }
    }
  }
  if (spec.key === "benefits" && firstFilled >= 0) {
    const used = new Set<number>();
    for (const row of grid.values) row.forEach((v, c) => (isBlank(v) ? undefined : used.add(c)));
    if (used.size === 1) return { kind: "headerless", columns: { benefit: [...used][0]! }, firstRow: firstFilled };
  }
  return { kind: "header", row: likeliestHeaderRow(grid, spec, last) ?? Math.max(0, firstFilled) };
}

/**
 * With no row holding every required heading, the row that names the most of the table's
 * columns (the first such) is the header row: a missing column is reported there, never at a
 * title above it, and the columns it does name are not reported missing.
 */
function likeliestHeaderRow(grid: Grid, spec: TableSpec, last: number): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (let r = 0; r < last; r++) {
    const count = recognisedHeadings(spec, headingTexts(grid.values[r]));
    if (count > bestCount) [best, bestCount] = [r, count];
  }
  return best;
}
