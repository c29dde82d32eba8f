import type { CellValue, Grid, TableKey } from "../../../src/core/workbook/grid";
import { TABLES } from "../../../src/core/workbook/tables";

/** A grid as a shell hands it over: by default a plain sheet named after the table, headers in row 1. */
export function grid(key: TableKey, values: CellValue[][], opts: Partial<Omit<Grid, "key" | "values">> = {}): Grid {
  return {
    key,
    sheet: opts.sheet ?? TABLES[key].sheetName,
    source: opts.source ?? "sheet",
    ...(opts.tableName ? { tableName: opts.tableName } : {}),
    origin: opts.origin ?? { row: 0, col: 0 },
    values,
  };
}

export const TIERS_OK: CellValue[][] = [
  ["Tier", "Monthly fee", "Included hours", "Response time (hours)", "Travel included", "Extra hour rate"],
  ["Essentials", 250, 2, 24, "No", null],
  ["Business", 900, 8, 4, "Yes", 110],
];

export const CLIENTS_OK: CellValue[][] = [
  ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Drive minutes"],
  ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, null],
  ["Linda Park", "Home", null, 4, 0.5, 1, 0.5, 12],
];

export const BENEFITS_OK: CellValue[][] = [["Benefit"], ["a"], ["b"], ["c"], ["d"], ["e"], ["f"]];

/** The settings table with every setting at the given values (strings or numbers as a user types them). */
export function settingsGrid(rows: [string, CellValue][]): Grid {
  return grid("settings", [["Setting", "Value"], ...rows]);
}
