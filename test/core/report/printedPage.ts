/**
 * A sheet's size on paper, the way Excel lays it out: a column of N character units is 7N + 5
 * pixels (96 to the inch), a row its custom height or, by default, the height of its largest
 * font (Calibri 11: 15 pt). Fit-to-page shrinks the print area until it fits, never enlarges it.
 */
import type { SheetSpec } from "../../../src/core/report/sheetPlan";
import { BLOCK_FONTS } from "../../../src/core/report/layout/blockFonts";
import { parseA1, parseRangeA1 } from "../../../src/core/workbook/address";

export const PAPER = { A4: { width: 8.27, height: 11.69 }, Letter: { width: 8.5, height: 11 } } as const;

/** Excel's default row height for Calibri at these sizes, in points. */
const ROW_FOR_SIZE: Record<number, number> = { 9: 12, 11: 15, 12: 15.75, 16: 21 };

export function printedSize(spec: SheetSpec): { width: number; height: number } {
  const area = parseRangeA1(spec.print!.printArea);
  let width = 0;
  for (let c = area.left; c <= area.right; c++) width += ((spec.columnWidths?.[c] ?? 8.43) * 7 + 5) * 0.75;
  const rows = new Map<number, number>();
  for (const b of spec.blocks) {
    const { row } = parseA1(b.at);
    const size = (b.style && !b.table && BLOCK_FONTS[b.style]?.size) || 11;
    b.values.forEach((_, i) => rows.set(row + i, Math.max(rows.get(row + i) ?? 15, ROW_FOR_SIZE[size]!)));
  }
  for (const { row, height } of spec.rowHeights ?? []) rows.set(row - 1, height);
  let height = 0;
  for (let r = area.top; r <= area.bottom; r++) height += rows.get(r) ?? 15;
  return { width, height };
}

/** The scale fit-to-one-page prints at, and how much of the printable width the card then fills. */
export function fitOnPage(spec: SheetSpec, paper: keyof typeof PAPER): { scale: number; widthFilled: number } {
  const m = spec.print!.margins ?? { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 };
  const printable = { width: (PAPER[paper].width - m.left - m.right) * 72, height: (PAPER[paper].height - m.top - m.bottom) * 72 };
  const size = printedSize(spec);
  const scale = Math.min(1, printable.width / size.width, printable.height / size.height);
  return { scale, widthFilled: (size.width * scale) / printable.width };
}
