/**
 * Reading big ranges within Excel's limits: "Excel on the web has a payload size limit for
 * requests and responses of 5MB ... On all platforms, a range is limited to five million cells
 * for get operations" (Excel JavaScript API performance optimization, "Payload size limit best
 * practices"). Rows are read in slices of at most ~4 MB (estimated from what was already read,
 * with a margin) and 1,000,000 cells, packed into as few requests as fit that budget; a request
 * whose response still comes back too large is sent again in halves.
 */
import type { CellValue } from "../workbook/grid";
import { a1 } from "../workbook/address";
import { rangeValues } from "./cellInput";
/** Bytes of cells per response: 1 MB below the 5 MB limit, for the envelope and estimate error. */
export const READ_BUDGET = 4_000_000;
/** Cells per request: far below the 5,000,000 a get may read, so a slice never nears it. */
export const CELL_BUDGET = 1_000_000;

/** A rectangle of one sheet to read (0-based), and where its rows go. */
export interface RowsToRead {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** Estimated bytes of one row in the response. */
  rowBytes: number;
  /** Called with each slice read: `values[i]` is row `top + offset + i`. */
  take(offset: number, values: CellValue[][]): void;
}

interface Slice {
  part: RowsToRead;
  offset: number;
  rows: number;
}

/** Bytes a row of `cols` cells takes at least ("" per blank cell) or as measured. */
export function estimateRowBytes(measured: CellValue[][] | null, cols: number): number {
  const floor = 2 + 3 * cols;
  if (!measured || measured.length === 0) return Math.max(floor, 2 + 12 * cols);
  const bytes = JSON.stringify(measured).length / measured.length;
  const width = Math.max(1, measured[0]?.length ?? 1);
  return Math.ceil(Math.max(floor, (bytes * cols) / width) * 1.1);
}

/** Reads every part; returns the requests it took. `extra` queues loads that ride along with the first request. */
export async function readRows(context: Excel.RequestContext, parts: readonly RowsToRead[], extra?: () => void): Promise<number> {
  let queue: Slice[] = parts.flatMap(slicesOf);
  let syncs = 0;
  let first = true;
  while (queue.length > 0 || (first && extra)) {
    const batch: Slice[] = [];
    let bytes = 0;
    while (queue.length > 0) {
      const next = queue[0]!;
      const cost = next.rows * next.part.rowBytes;
      if (batch.length > 0 && bytes + cost > READ_BUDGET) break;
      batch.push(queue.shift()!);
      bytes += cost;
    }
    if (first && extra) extra();
    first = false;
    const loads = batch.map((slice) => ({ slice, range: rangeOf(context, slice).load("values") }));
    try {
      await context.sync();
      syncs++;
    } catch (error) {
      syncs++;
      const code = (error as { code?: string }).code;
      const tooBig = code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit";
      if (!tooBig || batch.every((s) => s.rows === 1)) throw error;
      queue = [...batch.flatMap(halves), ...queue]; // the estimate was wrong: the same rows in smaller requests
      continue;
    }
    for (const { slice, range } of loads) slice.part.take(slice.offset, rangeValues(range));
  }
  return syncs;
}

function slicesOf(part: RowsToRead): Slice[] {
  if (part.rows <= 0 || part.cols <= 0) return [];
  const perSlice = Math.max(1, Math.min(Math.floor(READ_BUDGET / part.rowBytes), Math.floor(CELL_BUDGET / part.cols)));
  const slices: Slice[] = [];
  for (let offset = 0; offset < part.rows; offset += perSlice) slices.push({ part, offset, rows: Math.min(perSlice, part.rows - offset) });
  return slices;
}

function halves(slice: Slice): Slice[] {
  if (slice.rows === 1) return [slice];
  const first = Math.ceil(slice.rows / 2);
  return [
    { part: slice.part, offset: slice.offset, rows: first },
    { part: slice.part, offset: slice.offset + first, rows: slice.rows - first },
  ];
}

function rangeOf(context: Excel.RequestContext, { part, offset, rows }: Slice): Excel.Range {
  const top = part.top + offset;
  return context.workbook.worksheets.getItem(part.sheet).getRange(`${a1(top, part.left)}:${a1(top + rows - 1, part.left + part.cols - 1)}`);
}
