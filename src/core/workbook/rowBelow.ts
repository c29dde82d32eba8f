/**
 * A row typed or pasted just under an Excel table, outside its range: Excel usually grows the
 * table, but pasted and scripted rows do not, and PRICING.md §1 reads only the table's range.
 * The row is not read (the table is what counts); the user is warned, at the row's first cell,
 * so a tier or client does not go missing without a word.
 */
import { cellAddress } from "./address";
import type { Grid } from "./grid";
import { isBlank } from "./parseNumber";
import { addWarning, type Problems } from "./problems";
import { TABLES } from "./tables";

export function warnRowBelow(grid: Grid, problems: Problems, grids: readonly Grid[] = []): void {
  const below = grid.rowBelow;
  if (grid.source !== "table" || !below || below.values.every((c) => isBlank(c))) return;
  // Another input table stacked right under this one: that row is its header, not a stray row.
  if (grids.some((g) => g !== grid && g.sheet === grid.sheet && g.origin.row === below.row)) return;
  const name = grid.tableName ?? TABLES[grid.key].tableName;
  addWarning(problems, cellAddress(grid.sheet, below.row, grid.origin.col),
    `This row is just below the ${name} table, outside it, so it is not read — resize the table (Table Design › Resize Table) to include it.`);
}
