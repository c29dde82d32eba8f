/**
 * Reading a Time log date (PRICING.md §1): a date cell (which a shell hands over as its Excel
 * serial number: Office.js's Range.values gives a date cell as that number, see
 * https://learn.microsoft.com/office/dev/scripts/resources/samples/javascript-dates and
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates; ExcelJS a Date,
 * which src/shells/xlsx/read/cellValue.ts turns into the same number), a serial number, or text `YYYY-MM-DD` (a time of day after it is ignored), from
 * 1990-01-01 to 2100-12-31. A day is kept as its whole Excel serial number (1900 date system:
 * day 0 = 1899-12-30), so dates compare and count as plain integers.
 *
 * Text such as `05/01/2026` is refused, never guessed: it is 5 January in most of the world and
 * 1 May in the US, and a wrong guess would move entries between months without a word.
 */
import type { CellValue } from "./grid";
import { excelErrorCode, isBlank, type CellRead } from "./parseNumber";

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** The Excel serial number of a calendar day. */
export function serialOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** 1990-01-01 and 2100-12-31, the range a Time log date may take. */
export const FIRST_DAY = serialOf(1990, 1, 1);
export const LAST_DAY = serialOf(2100, 12, 31);

/** Year, month (1–12) and day of a whole serial number. */
export function calendarOf(serial: number): { year: number; month: number; day: number } {
  const date = new Date((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `2026-01-05`. */
export function isoDate(serial: number): string {
  const { year, month, day } = calendarOf(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A serial as Excel shows it: Excel counts a 29 February 1900 that never was (Lotus 1-2-3's
 * leap-year bug), so serials 1–60 show one day later than the calendar would have them.
 */
export function excelDateText(serial: number): string {
  if (serial >= 61) return isoDate(serial);
  if (serial === 60) return "1900-02-29";
  return isoDate(serial + 1);
}

/** Why a date was refused, for the message. */
export type DateProblem = "outOfRange" | "dayFirst" | "notADate";

export type DateRead = CellRead<number> | { kind: "refused"; why: DateProblem; day?: number };

// 2026-01-05, optionally followed by a time of day (`T09:30`, ` 09:30:00`, `Z`, an offset).
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
// 05/01/2026, 5.1.26, 05-01-2026: day and month in an order the text does not say.
const AMBIGUOUS_DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s.*)?$/;
const SERIAL_TEXT = /^\d+(?:\.\d+)?$/;

function inRange(day: number): DateRead {
  return day >= FIRST_DAY && day <= LAST_DAY ? { kind: "ok", value: day } : { kind: "refused", why: "outOfRange", day };
}

/**
 * A workbook's date system (ECMA-376 Part 1 §18.17.4.1): serials count days from 1899-12-30
 * (1900, Windows Excel's default) or from 1904-01-01 (1904, old Mac Excel's), 1,462 days apart.
 * Shells hand serials over as the workbook holds them; only a date is moved into the 1900
 * system here, never a duration (a time in an hour column is the same in both systems).
 */
export type DateSystem = 1900 | 1904;
export const DAYS_1900_TO_1904 = 1462;

export function readDate(cell: CellValue | undefined, dateSystem: DateSystem = 1900): DateRead {
  if (isBlank(cell)) return { kind: "blank" };
  const code = excelErrorCode(cell ?? null);
  if (code) return { kind: "excelError", code };
  const shift = dateSystem === 1904 ? DAYS_1900_TO_1904 : 0;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 0) return { kind: "refused", why: "outOfRange" };
    return inRange(Math.floor(cell) + shift); // the time of day is ignored
  }
  if (typeof cell !== "string") return { kind: "invalid" };
  const text = cell.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const serial = serialOf(year, month, day);
    const back = calendarOf(serial);
    if (month < 1 || month > 12 || back.month !== month || back.day !== day) return { kind: "refused", why: "notADate" };
    return inRange(serial);
  }
  if (SERIAL_TEXT.test(text)) return inRange(Math.floor(Number(text)) + shift);
  if (AMBIGUOUS_DATE.test(text)) return { kind: "refused", why: "dayFirst" };
  return { kind: "invalid" };
}
