/**
 * The records of a CSV text (RFC 4180: quoted fields with the delimiter, line breaks and doubled
 * quotes inside, CRLF or LF line ends), read straight into cells: an empty field is a blank cell.
 * Hand-written rather than csv-parse because the Time log's whole flow must stay within 1.2× the
 * time csv-parse alone takes (issue 18; bench/timeLog.ts), and this reads the same records in a
 * fraction of it.
 */
import type { CellValue } from "../../core/workbook/grid";

export class CsvSyntaxError extends Error {}

const QUOTE = 34;
const CR = 13;
const LF = 10;

export function csvRecords(text: string, delimiter: string): CellValue[][] {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let line = 1;
  let i = 0;
  if (n === 0) return rows;
  for (;;) {
    // One field, starting at i.
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const startLine = line;
      let j = i + 1;
      value = "";
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new CsvSyntaxError(`the quoted field that starts on line ${startLine} never ends (a " is missing)`);
        const part = text.slice(j, q);
        for (let k = part.indexOf("\n"); k >= 0; k = part.indexOf("\n", k + 1)) line++;
        value += part;
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c !== d && c !== CR && c !== LF && c !== -1) {
        throw new CsvSyntaxError(`line ${line} has text after the closing quote of a field (a quote inside a field must be doubled: "")`);
      }
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === LF || c === CR) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    row.push(value === "" ? null : value);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) {
        row.push(null);
        break;
      }
      continue;
    }
    // A line end: CRLF, LF or a lone CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
  rows.push(row);
  return rows;
}
