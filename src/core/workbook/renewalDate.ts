/**
 * A client's `Renewal date` (PRICING.md §1): a date cell (handed over as its serial number), a
 * serial, text `YYYY-MM-DD`, or text with slashes, dots or dashes read in the Date order setting.
 *
 * The Time log's date-order reader (which also finds the order from the log itself) is written
 * apart; until Renewal date is pointed at it, text such as `07/01/2026` with no Date order set is
 * refused, never guessed: 1 July or 7 January is a different letter to send.
 */
import type { CellValue } from "./grid";
import type { DateOrder } from "./model";
import { FIRST_DAY, LAST_DAY, isoDate, readDate, serialOf, calendarOf } from "./parseDate";
import { describeValue } from "./problems";

export type RenewalDateRead = { kind: "ok"; value: string } | { kind: "blank" } | { kind: "bad"; message: string };

const HINT = "enter it as a date, or as text YYYY-MM-DD (2026-07-01 for 1 July 2026), or leave it blank";
// 07/01/2026, 1.7.26, 07-01-2026 (a time of day after it is ignored).
const ORDERED_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s.*)?$/;

/** `subject` names the cell in messages: "Renewal date for Acme Dental". */
export function readRenewalDate(cell: CellValue | undefined, order: DateOrder | null, subject: string): RenewalDateRead {
  const read = readDate(cell);
  switch (read.kind) {
    case "ok":
      return { kind: "ok", value: isoDate(read.value) };
    case "blank":
      return { kind: "blank" };
    case "excelError":
      return { kind: "bad", message: `${subject} shows the error ${read.code} — fix that cell's formula, or ${HINT}.` };
    case "refused":
      if (read.why === "dayFirst") return ordered(cell, order, subject);
      if (read.why === "notADate") return { kind: "bad", message: `${subject} is ${describeValue(cell)}, which is not a day of the calendar — ${HINT}.` };
      return { kind: "bad", message: `${subject} is ${describeValue(cell)}, outside ${isoDate(FIRST_DAY)} to ${isoDate(LAST_DAY)} — check the year, or ${HINT}.` };
    default:
      return { kind: "bad", message: `${subject} is ${describeValue(cell)}, which is not a date — ${HINT}.` };
  }
}

/** Day and month in the order the Date order setting gives; refused when it is blank. */
function ordered(cell: CellValue | undefined, order: DateOrder | null, subject: string): RenewalDateRead {
  const text = String(cell).trim();
  const match = ORDERED_DATE.exec(text);
  if (order === null || match === null) {
    return {
      kind: "bad",
      message: `${subject} is ${describeValue(cell)}, which does not say which number is the day and which the month — set Date order in the Settings table to MDY (month/day/year) or DMY (day/month/year), or ${HINT}.`,
    };
  }
  const [first, second] = [Number(match[1]), Number(match[2])];
  const [month, day] = order === "MDY" ? [first, second] : [second, first];
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const serial = serialOf(year, month, day);
  const back = calendarOf(serial);
  if (month < 1 || month > 12 || back.month !== month || back.day !== day) {
    return { kind: "bad", message: `${subject} is ${describeValue(cell)}, which is not a day of the calendar read as ${order === "MDY" ? "month/day/year" : "day/month/year"} (the Date order setting) — ${HINT}.` };
  }
  if (serial < FIRST_DAY || serial > LAST_DAY) {
    return { kind: "bad", message: `${subject} is ${describeValue(cell)}, outside ${isoDate(FIRST_DAY)} to ${isoDate(LAST_DAY)} — check the year, or ${HINT}.` };
  }
  return { kind: "ok", value: isoDate(serial) };
}
