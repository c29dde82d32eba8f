/**
 * Reading one cell as a number, a yes/no or a text. Workbooks hold numbers as text often
 * (imported data, a leading apostrophe), so `"12"`, `" 12 "`, `"$1,200"`, `"1,200.50"`,
 * `"€ 45"`, `"50%"` (= 0.5) and the accountant's `"(100)"` (= −100) are numbers. Boolean cells
 * and Excel error values (`#N/A`) are not. A blank cell is neither: the caller decides.
 */
import type { CellValue } from "./grid";

export type CellRead<T> =
  | { kind: "ok"; value: T }
  | { kind: "blank" }
  /** A value of the wrong kind: a word where a number belongs, `maybe` for a yes/no. */
  | { kind: "invalid" }
  /** An Excel error value such as `#N/A` or `#DIV/0!`, usually from a broken formula. */
  | { kind: "excelError"; code: string };

const EXCEL_ERROR = /^#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|EXTERNAL!|PYTHON!|GETTING_DATA)$/i;

/** A cell is blank when empty, null, or only spaces (non-breaking ones included). */
export function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** `#N/A`, `#VALUE!`, …: what a shell hands over for a cell whose formula failed. */
export function excelErrorCode(cell: CellValue | undefined): string | null {
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  return text.startsWith("#") && EXCEL_ERROR.test(text) ? text.toUpperCase() : null;
}

// sign? currency? sign? digits (1,234.5 or 1234.5 or .5, optional exponent) currency? percent?
const NUMBER_TEXT =
  /^([+\-\u2212])?\s*(\p{Sc})?\s*([+\-\u2212])?\s*(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*(\p{Sc})?\s*(%)?$/u;

/** The number a text holds, or null when it holds none. */
function numberFromText(raw: string): number | null {
  let text = raw.trim(); // trim() also drops non-breaking and thin spaces
  let negate = false;
  const parens = /^\((.*)\)$/.exec(text);
  if (parens) {
    negate = true;
    text = parens[1]!.trim();
  }
  const m = NUMBER_TEXT.exec(text);
  if (!m) return null;
  const [, signBefore, currencyBefore, signAfter, digits, exponent, currencyAfter, percent] = m;
  if (signBefore && signAfter) return null;
  if (currencyBefore && currencyAfter) return null;
  if (percent && (currencyBefore || currencyAfter)) return null;
  const sign = signBefore ?? signAfter;
  if (negate && sign) return null;
  let value = Number(digits!.replace(/,/g, "") + (exponent ?? ""));
  if (!Number.isFinite(value)) return null;
  if (percent) value /= 100;
  if (sign === "-" || sign === "\u2212") value = -value;
  if (negate) value = -value;
  return value === 0 ? 0 : value; // no −0 in the model
}

/** A cell read as a number: numbers as they are, numbers stored as text converted. */
export function readNumber(cell: CellValue | undefined): CellRead<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? { kind: "ok", value: cell } : { kind: "invalid" };
  if (isBlank(cell)) return { kind: "blank" };
  const code = excelErrorCode(cell ?? null);
  if (code) return { kind: "excelError", code };
  if (typeof cell === "string") {
    const value = numberFromText(cell);
    return value === null ? { kind: "invalid" } : { kind: "ok", value };
  }
  return { kind: "invalid" }; // a TRUE/FALSE cell is not a number
}

/** The number in a cell, or null when it is blank or holds no number. */
export function parseNumber(cell: CellValue | undefined): number | null {
  const read = readNumber(cell);
  return read.kind === "ok" ? read.value : null;
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

/** Yes/No, TRUE/FALSE (text or boolean cell), Y/N and 1/0, in any case. */
export function readYesNo(cell: CellValue | undefined): CellRead<boolean> {
  if (isBlank(cell)) return { kind: "blank" };
  const code = excelErrorCode(cell ?? null);
  if (code) return { kind: "excelError", code };
  if (typeof cell === "boolean") return { kind: "ok", value: cell };
  if (typeof cell === "number") {
    return cell === 1 ? { kind: "ok", value: true } : cell === 0 ? { kind: "ok", value: false } : { kind: "invalid" };
  }
  const word = String(cell).trim().toLowerCase();
  if (YES.has(word)) return { kind: "ok", value: true };
  if (NO.has(word)) return { kind: "ok", value: false };
  return { kind: "invalid" };
}

/** A cell read as text, trimmed; numbers and booleans as Excel shows them (`12`, `TRUE`). */
export function readText(cell: CellValue | undefined): CellRead<string> {
  if (isBlank(cell)) return { kind: "blank" };
  const code = excelErrorCode(cell ?? null);
  if (code) return { kind: "excelError", code };
  if (typeof cell === "boolean") return { kind: "ok", value: cell ? "TRUE" : "FALSE" };
  return { kind: "ok", value: String(cell).trim() };
}
