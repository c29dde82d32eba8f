/**
 * Reading big ranges within Excel's limits: "Excel on the web has a payload size limit for
 * requests and responses of 5MB ... On all platforms, a range is limited to five million cells
 * for get operations" (Excel JavaScript API performance optimization, "Payload size limit best
 * practices"). Rows are read in slices of at most ~4 MB (estimated from what was already read,
 * values, number formats and formulas alike, with a margin) and 1,000,000 cells, packed into as few requests as fit that budget; a request
 * whose response still comes back too large is sent again in halves.
 */
import { a1 } from "../../core/workbook/address";
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
  /** Queues the loads of a slice (`range`: rows `top + offset` on); the function it returns takes them after the sync. */
  queue(offset: number, range: Excel.Range): () => void;
}

interface Slice {
  part: RowsToRead;
  offset: number;
  rows: number;
}

/** Bytes a blank cell takes in a response: "" as its value and as its formula, "General" as its number format. */
const BLANK_CELL_BYTES = 18;

/**
 * Bytes a row of `cols` cells takes at least (every cell blank) or as measured: `measured` holds
 * the same sample rows once per property loaded (values, number formats, formulas). `perRow`: what
 * each row adds besides its cells (its address in a visible view).
 */
export function estimateRowBytes(measured: readonly unknown[][][] | null, cols: number, perRow = 0): number {
  const floor = 2 + BLANK_CELL_BYTES * cols;
  const rows = measured?.[0]?.length ?? 0;
  if (!measured || rows === 0) return Math.max(floor, 2 + 40 * cols) + perRow;
  const bytes = measured.reduce((sum, m) => sum + JSON.stringify(m).length, 0) / rows;
  const width = Math.max(1, measured[0]![0]?.length ?? 1);
  return Math.ceil(Math.max(floor, (bytes * cols) / width) * 1.1) + perRow;
}

/**
 * Reads every part; returns the requests it took. `extra` queues loads that ride along with the
 * first request (again with the next one if that request fails: a failed request answers nothing).
 */
export async function readRows(context: Excel.RequestContext, parts: readonly RowsToRead[], extra?: () => void): Promise<number> {
  let queue: Slice[] = parts.flatMap(slicesOf);
  let syncs = 0;
  let first = true;
  while (queue.length > 0 || (first && extra)) {
    const carriesExtra = first && extra !== undefined;
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
    const takes = batch.map((slice) => slice.part.queue(slice.offset, rangeOf(context, slice)));
    try {
      await context.sync();
      syncs++;
    } catch (error) {
      syncs++;
      const code = (error as { code?: string }).code;
      const tooBig = code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit";
      if (!tooBig || batch.every((s) => s.rows === 1)) throw error;
      if (carriesExtra) first = true;
      queue = [...batch.flatMap(halves), ...queue]; // the estimate was wrong: the same rows in smaller requests
      continue;
    }
    for (const take of takes) take();
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
