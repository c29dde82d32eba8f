/**
 * One request per logical step, and no request larger than Excel on the web accepts (5 MB).
 * Values are the only bulky part of a plan: the budget counts their bytes and sends the current
 * request (context.sync) only when the next rows would not fit. A model of a few thousand clients
 * goes in one request; a bigger one in one more request per ~3 MB of rows.
 */

/** Bytes of cell values per request: 2 MB below the 5 MB limit, for Office.js's envelope, the formats and estimate error. */
export const REQUEST_BUDGET = 3_000_000;
/** Rows per Range.values write: Excel's guidance is a few thousand rows per operation. */
export const MAX_ROWS_PER_WRITE = 5_000;

export class SyncBudget {
  private used = 0;
  syncs = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  /** Would this many bytes still fit in the current request? An empty request takes anything. */
  fits(bytes: number): boolean {
    return this.used === 0 || this.used + bytes <= REQUEST_BUDGET;
  }

  add(bytes: number): void {
    this.used += bytes;
  }

  /** Send what is queued. */
  async send(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.used = 0;
  }
}

/** Size of a row of values as the request carries it (JSON, UTF-8). */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const v of row) {
    if (typeof v === "string") {
      bytes += 3 + v.length;
      for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 0x7f) bytes += 2;
    } else {
      bytes += 1 + (v === null ? 4 : String(v).length);
    }
  }
  return bytes;
}
