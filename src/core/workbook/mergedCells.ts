/**
 * Merged cells, read as Excel shows them: a merged range's value in every cell of its first
 * column (a client's segment merged down five rows is that segment on each of the five rows).
 * Both shells only report the merged ranges (Grid.merges); this is the one place they are read.
 */
import type { CellValue, GridRect } from "./grid";

/**
 * `values` with each merged range's value copied down its first column. Rows are copied only
 * where they change (the input is never modified); no merges: the same array back.
 */
export function asShown(values: readonly CellValue[][], merges: readonly GridRect[] | undefined): CellValue[][] {
  if (!merges?.length) return values as CellValue[][];
  const out = values.slice();
  for (const m of merges) {
    if (m.left < 0) continue;
    const value = values[m.top]?.[m.left] ?? null;
    for (let r = Math.max(m.top + 1, 0); r <= Math.min(m.bottom, out.length - 1); r++) {
      const row = (out[r] = out[r] === values[r] ? out[r]!.slice() : out[r]!);
      if (m.left < row.length) row[m.left] = value;
    }
  }
  return out;
}
