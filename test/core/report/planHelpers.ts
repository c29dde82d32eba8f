/** Reading a SheetSpec the way a user reads the sheet: what is in cell B7, and how is it formatted. */
import type { Block, SheetSpec } from "../../../src/core/report/sheetPlan";
import type { CellValue } from "../../../src/core/workbook/grid";
import { parseA1, parseRangeA1 } from "../../../src/core/workbook/address";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function blockRect(block: Block): Rect {
  const { row, col } = parseA1(block.at);
  const width = Math.max(0, ...block.values.map((r) => r.length));
  return { top: row, left: col, bottom: row + block.values.length - 1, right: col + width - 1 };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function chartRect(placeAt: string): Rect {
  return parseRangeA1(placeAt);
}

function blockAt(spec: SheetSpec, address: string): { block: Block; i: number; j: number } | undefined {
  const { row, col } = parseA1(address);
  for (const block of spec.blocks) {
    const r = blockRect(block);
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) {
      const i = row - r.top;
      const j = col - r.left;
      if (j < block.values[i].length) return { block, i, j };
    }
  }
  return undefined;
}

export function valueAt(spec: SheetSpec, address: string): CellValue | undefined {
  const hit = blockAt(spec, address);
  return hit ? hit.block.values[hit.i][hit.j] : undefined;
}

/** The number format a shell applies to the cell (cellFormats, else columnFormats on data rows). */
export function formatAt(spec: SheetSpec, address: string): string | null {
  const hit = blockAt(spec, address);
  if (!hit) return null;
  const { block, i, j } = hit;
  const cell = block.cellFormats?.[i]?.[j];
  if (cell !== undefined && cell !== null) return cell;
  const firstData = block.table ? 1 : 0;
  return i >= firstData ? block.columnFormats?.[j] ?? null : null;
}

export function block(spec: SheetSpec, id: string): Block {
  const found = spec.blocks.find((b) => b.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

/** The A1 address of a block's cell (row i, column j of its values). */
export function addressIn(b: Block, i: number, j: number): string {
  const { row, col } = parseA1(b.at);
  let n = col + j + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + i + 1}`;
}
