/**
 * Cell values across Office.js, both ways. In: what to send through Range.values so a cell shows
 * exactly the plan's value. Excel reads text that starts with =, + or - as a formula (and @ as one
 * in older Excel), turns numeric-looking text into numbers, TRUE/FALSE into booleans and #N/A into
 * an error. A leading apostrophe makes it keep the text as typed (the apostrophe is not part of
 * the value), so such text gets one. Out: what Office.js reads back, as a Grid holds it.
 */
import type { CellValue } from "../../core/workbook/grid";

const MONTH_DATE = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]*\d/i;
const NEEDS_APOSTROPHE = /^(?:[=+\-@'#$€£¥(]|\s*[\d.,]|(?:true|false)$)/i;

export function cellInput(value: CellValue): CellValue {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  // Month-first text ("Jan 5", "March 2024") would become a date.
  if (typeof value === "string" && (NEEDS_APOSTROPHE.test(value) || MONTH_DATE.test(value))) return `'${value}`;
  return value;
}

/** Office.js reads an empty cell as ""; a Grid says null, as the .xlsx shell does. */
export function cellOutput(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** A loaded range's values as a Grid holds them. */
export function rangeValues(range: Excel.Range): CellValue[][] {
  return (range.values as unknown[][]).map((row) => row.map(cellOutput));
}
