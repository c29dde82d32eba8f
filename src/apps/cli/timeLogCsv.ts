/**
 * `analyze … --time-log ENTRIES.csv` (PRICING.md §7): a time tracker's or PSA's CSV export read as
 * the Time log. The file's encoding is found from its bytes (csvText.ts), its delimiter (comma,
 * semicolon or tab) from its heading line, a semicolon file's decimal commas read as such
 * (decimalComma.ts). The file becomes a Grid like a sheet named after the file, so every problem
 * names its cell (`'entries.csv'!B7`: row 7 is the file's line 7 when no field spans lines) and
 * the same rules apply as to a Time log table.
 */
import { readWorkbookFile } from "../../shells/xlsx/read/files";
import path from "node:path";
import type { CellValue, Grid } from "../../core/workbook/grid";
import { CsvSyntaxError, csvRecords } from "./csvRecords";
import { csvText } from "./csvText";
import { readDecimalCommas } from "./decimalComma";
import { CliError, EXIT } from "./io";

/** The delimiter the heading line uses most, outside quotes: comma, semicolon or tab. */
function delimiterOf(text: string): string {
  const end = text.search(/\r?\n|\r|$/);
  const header = text.slice(0, end).replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((d) => ({ d, n: header.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ",";
}

export function timeLogGridFromCsv(text: string, file: string): Grid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = delimiterOf(body);
  let values: CellValue[][];
  try {
    values = csvRecords(body, delimiter);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new CliError(EXIT.usage, `Cannot read ${file} as CSV: ${error.message}.`);
  }
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  for (const row of values) while (row.length < width) row.push(null);
  if (delimiter === ";") readDecimalCommas(values);
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
  const notCsv = () => new CliError(EXIT.usage,
    `${file} is not a CSV file (it looks like a workbook or another binary file) — export the time entries as CSV, or paste them into a Time log sheet of the workbook and leave out --time-log.`);
  // A zip (an .xlsx/.ods saved under any name) or other binary is not a CSV: say so, not what the reader trips on.
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw notCsv();
  const { text } = csvText(bytes);
  if (text.slice(0, 8192).includes("\u0000")) throw notCsv();
  const grid = timeLogGridFromCsv(text, file);
  if (grid.values.length === 0) throw new CliError(EXIT.usage, `${file} is empty: a Time log CSV needs a heading row (Client, Date, Hours, …) and its entries.`);
  return grid;
}
