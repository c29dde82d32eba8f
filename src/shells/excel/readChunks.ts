/**
 * Reading big ranges within Excel's limits: "Excel on the web has a payload size limit for
 * requests and responses of 5MB ... On all platforms, a range is limited to five million cells
 * for get operations" (Excel JavaScript API performance optimization, "Payload size limit best
 * practices"). Rows are read in slices of at most ~4 MB (estimated in UTF-8 bytes from what was
 * already read, values, number formats and formulas alike, with a margin) and 1,000,000 cells,
 * packed into as few requests as fit that budget; a request whose response still comes back too
 * large is re-estimated and its rows read again in smaller requests of their own (readRows).
 */
import { a1 } from "../../core/workbook/address";
import { utf8Length } from "../../core/workbook/utf8Length";
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
  /** Estimated bytes of one row in the response (UTF-8); readRows raises it as rows are read. */
  rowBytes: number;
  /** Queues the loads of a slice (`range`: rows `top + offset` on); the function it returns takes them after the sync and answers the bytes they took. */
  queue(offset: number, range: Excel.Range): () => number;
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
  const bytes = measured.reduce((sum, m) => sum + utf8Bytes(m), 0) / rows;
  const width = Math.max(1, measured[0]![0]?.length ?? 1);
  return Math.ceil(Math.max(floor, (bytes * cols) / width) * 1.1) + perRow;
}

/** An estimated read this large that fails with a bare GeneralException may have been too large (OfficeDev/office-js#1314). */
export const LARGE_READ = 1_000_000;
/** Excel on the web's limit on a response, which a failed request's rows together passed. */
const RESPONSE_LIMIT = 5 * 1024 * 1024;

/**
 * Reads every part; returns the requests it took. `extra` queues loads that ride along with the
 * first request (again with the next one if that request fails: a failed request answers nothing).
 *
 * Each part's bytes per row start from the estimate it brings and grow with what is read (the
 * UTF-8 bytes of each slice's response): later rows with long notes raise it for the rest. A
 * request whose response was still too large (or failed with a bare GeneralException while large:
 * office-js#1314) taught that its rows average at least 5 MB / their number: its parts' estimates
 * are raised to that, and its slices are read again in pieces of the new size, each in a request
 * of its own (never packed together again), smaller each time one fails.
 */
export async function readRows(context: Excel.RequestContext, parts: readonly RowsToRead[], extra?: () => void): Promise<number> {
  const cursors = parts.filter((p) => p.rows > 0 && p.cols > 0).map((part) => ({ part, next: 0 }));
  const retry: Slice[] = [];
  let syncs = 0;
  let first = true;
  while (retry.length > 0 || cursors.some((c) => c.next < c.part.rows) || (first && extra)) {
    const carriesExtra = first && extra !== undefined;
    const batch: Slice[] = retry.length > 0 ? [retry.shift()!] : pack(cursors);
    if (first && extra) extra();
    first = false;
    const takes = batch.map((slice) => slice.part.queue(slice.offset, rangeOf(context, slice)));
    try {
      await context.sync();
      syncs++;
    } catch (error) {
      syncs++;
      const code = (error as { code?: string }).code;
      const estimated = batch.reduce((sum, s) => sum + s.rows * s.part.rowBytes, 0);
      const tooBig = code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit" || (code === "GeneralException" && estimated >= LARGE_READ);
      if (!tooBig || batch.every((s) => s.rows === 1)) throw error;
      if (carriesExtra) first = true;
      const rows = batch.reduce((sum, s) => sum + s.rows, 0);
      for (const part of new Set(batch.map((s) => s.part))) part.rowBytes = Math.max(part.rowBytes * 2, Math.ceil(RESPONSE_LIMIT / rows));
      retry.unshift(...batch.flatMap(smaller));
      continue;
    }
    batch.forEach((slice, i) => {
      const bytes = takes[i]!();
      slice.part.rowBytes = Math.max(slice.part.rowBytes, Math.ceil((bytes / slice.rows) * 1.1));
    });
  }
  return syncs;
}

/** The next request's slices: rows from each part in turn, as many as the byte and cell budgets allow (at least one row). */
function pack(cursors: { part: RowsToRead; next: number }[]): Slice[] {
  const batch: Slice[] = [];
  let bytes = 0;
  for (const c of cursors) {
    while (c.next < c.part.rows) {
      const fit = Math.floor((READ_BUDGET - bytes) / c.part.rowBytes);
      const rows = Math.min(c.part.rows - c.next, maxRows(c.part), batch.length === 0 ? Math.max(1, fit) : fit);
      if (rows < 1) return batch;
      batch.push({ part: c.part, offset: c.next, rows });
      c.next += rows;
      bytes += rows * c.part.rowBytes;
    }
  }
  return batch;
}

function maxRows(part: RowsToRead): number {
  return Math.max(1, Math.min(Math.floor(READ_BUDGET / part.rowBytes), Math.floor(CELL_BUDGET / part.cols)));
}

/** A slice too large, in pieces of its part's new estimate: at most half of it, at least one row. */
function smaller(slice: Slice): Slice[] {
  const per = Math.max(1, Math.min(maxRows(slice.part), Math.ceil(slice.rows / 2)));
  const pieces: Slice[] = [];
  for (let offset = 0; offset < slice.rows; offset += per) pieces.push({ part: slice.part, offset: slice.offset + offset, rows: Math.min(per, slice.rows - offset) });
  return pieces;
}

function rangeOf(context: Excel.RequestContext, { part, offset, rows }: Slice): Excel.Range {
  const top = part.top + offset;
  return context.workbook.worksheets.getItem(part.sheet).getRange(`${a1(top, part.left)}:${a1(top + rows - 1, part.left + part.cols - 1)}`);
}

/** Bytes of a loaded array as the response carries it (UTF-8 JSON). */
export function utf8Bytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
