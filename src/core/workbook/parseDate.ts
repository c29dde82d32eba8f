/**
 * Reading a Time log date (PRICING.md §1): a date cell (which a shell hands over as its Excel
 * serial number: Office.js's Range.values gives a date cell as that number, see
 * https://learn.microsoft.com/office/dev/scripts/resources/samples/javascript-dates and
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates; ExcelJS a Date,
 * which src/shells/xlsx/read/cellValue.ts turns into the same number), a serial number, or text `YYYY-MM-DD` (a time of day after it is ignored), from
 * 1990-01-01 to 2100-12-31. A day is kept as its whole Excel serial number (1900 date system:
 * day 0 = 1899-12-30), so dates compare and count as plain integers.
 *
 * Text such as `05/01/2026` is 5 January in most of the world and 1 May in the US: it is read in a
 * date order given (the Date order setting, `--date-order`, or the order the log's own dates show,
 * PRICING.md §1), and refused without one, never guessed — a wrong guess would move entries
 * between months without a word. A four-digit first number is always year-month-day.
 */
import type { CellValue } from "./grid";
import type { DateOrder } from "./model";
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

/** Why a date was refused, for the message. `noOrder`: day and month in an order not known. */
export type DateProblem = "outOfRange" | "noOrder" | "notADate";

export type DateRead = CellRead<number> | { kind: "refused"; why: DateProblem; day?: number };

// 2026-01-05 or 2026/01/05, optionally followed by a time of day (`T09:30`, ` 09:30:00`, `Z`, an offset).
const ISO_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AP]M)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
// 05/01/2026, 5.1.26, 05-01-2026 (a time of day after it is ignored): day and month in an order the text does not say.
const NUMBERED_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[T\s].*)?$/;
const SERIAL_TEXT = /^\d+(?:\.\d+)?$/;

function inRange(day: number): DateRead {
  return day >= FIRST_DAY && day <= LAST_DAY ? { kind: "ok", value: day } : { kind: "refused", why: "outOfRange", day };
}

function calendarDay(year: number, month: number, day: number): DateRead {
  if (month < 1 || month > 12 || day < 1) return { kind: "refused", why: "notADate" };
  const serial = serialOf(year, month, day);
  const back = calendarOf(serial);
  if (back.month !== month || back.day !== day) return { kind: "refused", why: "notADate" };
  return inRange(serial);
}

/** What a numbered date's two first numbers say about the order (PRICING.md §1). */
export type OrderEvidence =
  /** The first number is over 12: only day/month. */
  | "DMY"
  /** The second number is over 12: only month/day. */
  | "MDY"
  /** Both 12 or under and different: either order. */
  | "either"
  /** Equal: the same day either way. */
  | "same"
  /** Both over 12: no day of the calendar. */
  | "neither";

/** The parts of a numbered date text (`7/15/2025`, `15.07.25`), or null when it is not one. */
function numberedDate(text: string): { a: number; b: number; year: number } | null {
  const m = NUMBERED_DATE.exec(text);
  if (!m) return null;
  const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  return { a: Number(m[1]), b: Number(m[3]), year };
}

/**
 * The order a cell's date text shows, or null when the cell is not a numbered date text (a date
 * cell, a serial number, `YYYY-MM-DD`, anything else).
 */
export function dateOrderEvidence(cell: CellValue | undefined): OrderEvidence | null {
  if (typeof cell !== "string") return null;
  const parts = numberedDate(cell.trim());
  if (!parts) return null;
  const { a, b } = parts;
  if (a > 12 && b > 12) return "neither";
  if (a > 12) return "DMY";
  if (b > 12) return "MDY";
  return a === b ? "same" : "either";
}

/**
 * A date text read in a given order: `7/15/2025` in MDY and `15.07.2025` in DMY are 2025-07-15
 * (a two-digit year is 20YY); `YYYY-MM-DD` (or `YYYY/MM/DD`) is read as such in either order; a
 * time of day after the date is ignored. For any date text of the workbook — the Time log's
 * dates, Clients' Renewal date — once the order is known (PRICING.md §1).
 */
export function readDateTextInOrder(text: string, order: DateOrder): DateRead {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const parts = numberedDate(trimmed);
  if (!parts) return { kind: "invalid" };
  return order === "MDY" ? calendarDay(parts.year, parts.a, parts.b) : calendarDay(parts.year, parts.b, parts.a);
}

/**
 * A workbook's date system (ECMA-376 Part 1 §18.17.4.1): serials count days from 1899-12-30
 * (1900, Windows Excel's default) or from 1904-01-01 (1904, old Mac Excel's), 1,462 days apart.
 * Shells hand serials over as the workbook holds them; only a date is moved into the 1900
 * system here, never a duration (a time in an hour column is the same in both systems).
 */
export type DateSystem = 1900 | 1904;
export const DAYS_1900_TO_1904 = 1462;

/**
 * A date cell (its serial number, in `dateSystem`), a serial number as text, or a date text:
 * `YYYY-MM-DD` always; a numbered date (`7/15/2025`) in `order`, refused as `noOrder` when the
 * order is not known.
 */
export function readDate(cell: CellValue | undefined, order: DateOrder | null = null, dateSystem: DateSystem = 1900): DateRead {
  if (isBlank(cell)) return { kind: "blank" };
  const shift = dateSystem === 1904 ? DAYS_1900_TO_1904 : 0;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 0) return { kind: "refused", why: "outOfRange" };
    return inRange(Math.floor(cell) + shift); // the time of day is ignored
  }
  if (typeof cell !== "string") return { kind: "invalid" };
  const code = excelErrorCode(cell);
  if (code) return { kind: "excelError", code };
  const text = cell.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  if (SERIAL_TEXT.test(text)) return inRange(Math.floor(Number(text)) + shift);
  const parts = numberedDate(text);
  if (parts) {
    if (parts.a > 12 && parts.b > 12) return { kind: "refused", why: "notADate" };
    if (order === null && parts.a !== parts.b) return { kind: "refused", why: "noOrder" };
    return readDateTextInOrder(text, order ?? "MDY");
  }
  return { kind: "invalid" };
}
