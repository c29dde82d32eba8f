/**
 * Row heights for wrapped text: Excel does not grow a row when a plan writes wrapped text into it
 * (and LibreOffice keeps the default height when opening the file), so lines would overlap the row
 * below. Each row that needs more than one line gets the height of its tallest cell.
 */
import type { Block, RowHeight } from "../sheetPlan";
import { parseA1 } from "../../workbook/address";
import { cellFont, wrapAlignment } from "./blockCells";
import { lineHeight, wrappedLines } from "./textWidth";

/** Excel's default column width, for columns the plan leaves alone. */
const DEFAULT_WIDTH = 8.43;
/** Excel's tallest row, in points: longer text is cut off at the bottom. */
const MAX_ROW_HEIGHT = 409;

export function wrappedRowHeights(blocks: readonly Block[], widths: readonly (number | null)[]): RowHeight[] {
  const heights = new Map<number, number>();
  for (const block of blocks) {
    if (!block.wrap && !block.wrapHeader) continue;
    const { row: top, col: left } = parseA1(block.at);
    const rows = block.wrap ? block.values.length : Math.min(1, block.values.length);
    for (let i = 0; i < rows; i++) {
      if (wrapAlignment(block, i) === null) continue;
      const font = cellFont(block, i);
      let lines = 1;
      block.values[i]!.forEach((value, j) => {
        if (typeof value === "string") lines = Math.max(lines, wrappedLines(value, widths[left + j] ?? DEFAULT_WIDTH, font));
      });
      if (lines < 2) continue;
      const row = top + i + 1;
      heights.set(row, Math.min(MAX_ROW_HEIGHT, Math.max(heights.get(row) ?? 0, lines * lineHeight(font.size))));
    }
  }
  return [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}
