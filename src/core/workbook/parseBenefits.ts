/**
 * The optional Benefits table: the lines the rate card prints under "Why an agreement". Fewer
 * than six is a warning (the rate card is meant to show at least six).
 */
import type { Grid } from "./grid";
import { readText } from "./parseNumber";
import { addWarning, type Problems } from "./problems";
import { readTable, tableTitle } from "./readTable";
import { BENEFITS_TABLE } from "./tables";

/** PRICING.md §5: "the benefits, at least six". */
export const MIN_BENEFITS = 6;

export function parseBenefits(grid: Grid | undefined, problems: Problems): string[] {
  const table = grid ? readTable(grid, BENEFITS_TABLE, problems) : null;
  const benefits: string[] = [];
  for (const row of table?.has("benefit") ? table.rows : []) {
    const read = readText(table!.value(row, "benefit"));
    if (read.kind === "ok") benefits.push(read.value);
    else if (read.kind === "excelError") {
      addWarning(problems, table!.address(row, "benefit"), `This benefit shows the error ${read.code}, so the rate card leaves it out — fix that cell's formula or type the benefit.`);
    }
  }
  if (benefits.length < MIN_BENEFITS) {
    const have = !grid
      ? "There is no Benefits table"
      : `${tableTitle(BENEFITS_TABLE)} lists ${benefits.length === 0 ? "no" : `only ${benefits.length}`} benefit${benefits.length === 1 ? "" : "s"}`;
    addWarning(problems, table?.headerRange,
      `${have} — the rate card should show at least ${MIN_BENEFITS} reasons to sign an agreement; add them to a Benefits table (one per row, under the heading Benefit).`);
  }
  return benefits;
}
