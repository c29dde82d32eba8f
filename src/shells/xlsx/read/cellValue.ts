/**
 * ExcelJS cell values → the plain CellValue of a Grid: what the user sees in the cell.
 * Dates become Excel serial numbers, rich text its plain text, a formula its cached result,
 * an error its text ("#N/A"), a hyperlink its text.
 */
import type { CellValue } from "../../../core/workbook/grid";

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30, the 1900 system) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;

export function excelSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "object":
      return objectValue(value as Record<string, unknown>);
    default:
      return null;
  }
}

function objectValue(value: Record<string, unknown>): CellValue {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : excelSerial(value);
  if (Array.isArray(value.richText)) {
    return (value.richText as { text?: unknown }[]).map((run) => (typeof run.text === "string" ? run.text : "")).join("");
  }
  if ("formula" in value || "sharedFormula" in value) return toCellValue(value.result);
  if (typeof value.error === "string") return value.error;
  if ("text" in value) return toCellValue(value.text); // hyperlink: { text, hyperlink }
  return null;
}
