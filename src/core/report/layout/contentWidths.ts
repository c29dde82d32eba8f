/**
 * Column widths from what the columns hold: every value of the measured blocks as Excel shows it
 * (formatted, in its block's font), a wrapped text cell, a wrapped header, in at most two lines.
 * Numbers never wrap: a column narrower than its widest figure would show ### instead.
 */
import type { Block } from "../sheetPlan";
import type { BlockFont } from "./blockFonts";
import { parseA1 } from "../../workbook/address";
import { cellFont, cellFormat, wrapAlignment } from "./blockCells";
import { cellText } from "./cellText";
import { fitWidth, widthForLines } from "./textWidth";

export interface WidthLimits {
  /** No column narrower than this, in Excel character units. */
  min: number;
  /** No column wider: longer text is cut at the next filled cell (figures never are, see above). */
  max: number;
}

const WRAPPED_LINES = 2;

/** Widths of the first `columns` columns holding the blocks; a column none of them uses gets `min`. */
export function contentWidths(blocks: readonly Block[], columns: number, limits: WidthLimits): number[] {
  const need = new Array<number>(columns).fill(0);
  const grow = (col: number, width: number) => {
    if (col < columns && width > need[col]!) need[col] = width;
  };
  for (const block of blocks) {
    const { col: left } = parseA1(block.at);
    // Data rows formatted by column alone: only each column's smallest and largest figure can be widest.
    const extremes = new Map<number, { low: number; high: number; font: BlockFont; format: string | null }>();
    block.values.forEach((values, i) => {
      const font = cellFont(block, i);
      const wraps = wrapAlignment(block, i) !== null;
      values.forEach((value, j) => {
        if (value === null || value === "") return;
        if (typeof value === "number") {
          if (block.cellFormats?.[i] === undefined && (i > 0 || !block.table)) {
            const seen = extremes.get(j);
            if (seen) {
              seen.low = Math.min(seen.low, value);
              seen.high = Math.max(seen.high, value);
            } else {
              extremes.set(j, { low: value, high: value, font, format: cellFormat(block, i, j) });
            }
            return;
          }
          grow(left + j, figureWidth(value, cellFormat(block, i, j), font));
          return;
        }
        const text = cellText(value);
        grow(left + j, wraps ? widthForLines(text, WRAPPED_LINES, font) : fitWidth(text, font));
      });
    });
    for (const [j, { low, high, font, format }] of extremes) {
      grow(left + j, Math.max(figureWidth(low, format, font), figureWidth(high, format, font)));
    }
  }
  return need.map((w) => Math.min(limits.max, Math.max(limits.min, w)));
}

/** General shows as many decimals as fit: count two. */
function figureWidth(value: number, format: string | null, font: BlockFont): number {
  const shown = format === null ? cellText(Math.round(value * 100) / 100) : cellText(value, format);
  return fitWidth(shown, font);
}
