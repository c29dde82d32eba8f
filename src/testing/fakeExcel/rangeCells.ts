/** The fake Excel (see context.ts for load-then-sync): cell-by-cell helpers of the range proxy: mapping a rectangle, writing a 2-D input, intersecting two rectangles. */
import { FakeExcelError, type Rect } from "./state";

export function intersect(a: Rect, b: Rect): Rect | null {
  const out = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return out.top <= out.bottom && out.left <= out.right ? out : null;
}

export function mapRect<V>(rect: Rect, f: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

/** A 2-D input must match the range exactly; a single value applies to every cell (Office.js docs). */
export function eachCell(rect: Rect, input: unknown, what: string, f: (r: number, c: number, v: unknown) => void): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new FakeExcelError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
      );
    }
    (input as unknown[][]).forEach((row, i) => row.forEach((v, j) => f(rect.top + i, rect.left + j, v)));
    return;
  }
  if (rows * cols > 2_000_000) throw new FakeExcelError("InvalidArgument", "Range too large for a cell-by-cell update.");
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c, input);
}
