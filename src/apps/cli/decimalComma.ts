/**
 * A semicolon-separated file comes from a decimal-comma locale (issue 18, PRICING.md §1): its
 * numbers are read with the comma as the decimal separator (`1,5` = 1.5, `1.234,50` = 1234.5) — a
 * column at a time, and only when every number of the column agrees. A column that also holds a
 * number with a decimal point is left as it is, so its `1,5` is refused by the core saying it is a
 * decimal comma.
 */
import type { CellValue } from "../../core/workbook/grid";

const COMMA_NUMBER = /^\s*[-+]?\s*(?:\p{Sc}\s*)?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+\s*(?:\p{Sc})?\s*$/u;
const POINT_NUMBER = /^\s*[-+]?\s*(?:\p{Sc}\s*)?\d*\.\d+\s*(?:\p{Sc})?\s*$/u;

export function readDecimalCommas(rows: CellValue[][]): void {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 0; c < width; c++) {
    let comma = 0;
    let point = 0;
    for (const row of rows) {
      const cell = row[c];
      if (typeof cell !== "string") continue;
      if (COMMA_NUMBER.test(cell)) comma++;
      else if (POINT_NUMBER.test(cell)) point++;
    }
    if (comma === 0 || point > 0) continue;
    for (const row of rows) {
      const cell = row[c];
      if (typeof cell === "string" && COMMA_NUMBER.test(cell)) row[c] = cell.replace(/\./g, "").replace(",", ".");
    }
  }
}
