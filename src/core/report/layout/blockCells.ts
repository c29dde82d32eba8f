/**
 * How one cell of a block looks, as both shells apply it: its number format, its font and whether
 * it wraps. The layout measures cells by these, so what it sizes is what Excel shows.
 */
import type { Block } from "../sheetPlan";
import { BLOCK_FONTS, type BlockFont } from "./blockFonts";

/** A per-cell format, else the column's on a data row, else General (null). */
export function cellFormat(block: Block, i: number, j: number): string | null {
  const firstData = block.table ? 1 : 0;
  return block.cellFormats?.[i]?.[j] ?? (i >= firstData ? block.columnFormats?.[j] : null) ?? null;
}

/** Built-in table styles set the header row in bold and leave the data rows plain. */
const TABLE_HEADER: BlockFont = { bold: true };
const PLAIN: BlockFont = {};

export function cellFont(block: Block, i: number): BlockFont {
  const look = block.rowLooks?.[i];
  if (look) return look;
  if (block.table) return i === 0 ? TABLE_HEADER : PLAIN;
  return (block.style && BLOCK_FONTS[block.style]) || PLAIN;
}

/**
 * Whether row i wraps, and how it sits in a tall row: text reads from the top; a table's header
 * row sits at the bottom, next to the last line of its wrapped neighbours.
 */
export function wrapAlignment(block: Block, i: number): "top" | "bottom" | null {
  if (block.table && i === 0 && (block.wrap || block.wrapHeader)) return "bottom";
  return block.wrap ? "top" : null;
}
