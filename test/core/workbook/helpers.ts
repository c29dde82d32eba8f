import type { CellValue, Grid } from "../../../src/core/workbook/grid";
import { gridOf, settingsRows } from "../../support/workbook";

/** A grid as a shell hands it over (test/support/workbook.ts). */
export const grid = gridOf;

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
  return gridOf("settings", settingsRows(rows));
}
