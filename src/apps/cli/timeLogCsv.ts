/**
 * `analyze … --time-log ENTRIES.csv` (PRICING.md §7): a time tracker's CSV export read as the
 * Time log, through csv-parse (quoted fields, embedded commas and line breaks, a byte-order
 * mark). The file becomes a Grid like a sheet named after the file, so every problem names
 * its cell (`'entries.csv'!B7`: row 7 is the file's line 7 when no field spans lines) and the
 * same rules apply as to a Time log table.
 */
import { readWorkbookFile } from "../../shells/xlsx/read/files";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { CellValue, Grid } from "../../core/workbook/grid";
import { CliError, EXIT } from "./io";

/** Semicolon or tab exports (a decimal-comma locale, a spreadsheet's "text" export) are read too. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => ({ d, n: header.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ",";
}

export function timeLogGridFromCsv(text: string, file: string): Grid {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    throw new CliError(EXIT.usage, `Cannot read ${file} as CSV: ${(error as Error).message}`);
  }
  const width = Math.max(0, ...records.map((r) => r.length));
  const values: CellValue[][] = records.map((r) => Array.from({ length: width }, (_, j) => (r[j] === undefined || r[j] === "" ? null : r[j]!)));
  return { key: "timeLog", sheet: path.basename(file), source: "sheet", origin: { row: 0, col: 0 }, values };
}

export async function readTimeLogCsv(file: string): Promise<Grid> {
  let bytes: Buffer;
  try {
    // The same guarded read as the workbook's: a regular file only (never a FIFO or a device), bounded in size.
    bytes = await readWorkbookFile(file);
  } catch (error) {
    throw new CliError(EXIT.usage, `${(error as Error).message.replace(/\.?$/, ".")}`);
  }
  // A zip (an .xlsx/.ods saved under any name) or other binary is not a CSV: say so, not what the parser trips on.
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || bytes.subarray(0, 8192).includes(0)) {
    throw new CliError(EXIT.usage,
      `${file} is not a CSV file (it looks like a workbook or another binary file) — export the time entries as CSV, or paste them into a Time log sheet of the workbook and leave out --time-log.`);
  }
  const grid = timeLogGridFromCsv(bytes.toString("utf8"), file);
  if (grid.values.length === 0) throw new CliError(EXIT.usage, `${file} is empty: a Time log CSV needs a heading row (Client, Date, Hours, …) and its entries.`);
  return grid;
}
