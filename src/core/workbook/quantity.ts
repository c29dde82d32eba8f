/**
 * A number cell read the way the consultant typed it (PRICING.md §1): a cell formatted as a time,
 * or text such as `1:30`, is hours in an hour column (1:30 = 1.5 h) and minutes in Drive minutes
 * (0:45 = 45); text with the column's own unit is the number (`1.5 hrs`, `2 visits`, `12 mi`,
 * `$135/hr`); a unit that contradicts the column (`12 km` in a miles workbook) and a decimal comma
 * (`1,5`) are refused with a message that names them.
 */
import type { CellValue } from "./grid";
import { readNumber, type CellRead } from "./parseNumber";
import type { ColumnUnit } from "./tables";
import { durationTextHours, timeCellHours } from "./duration";

export type QuantityRead =
  | CellRead<number>
  /** Text with a unit the column does not measure in: `12 km` in a miles workbook. */
  | { kind: "wrongUnit"; unit: string }
  /** `1,5`: a comma not followed by exactly three digits. */
  | { kind: "decimalComma" };

export interface QuantityContext {
  /** The cell's number format shows a time: its value is a fraction of a day. */
  isTime: boolean;
  distanceUnit: "miles" | "km";
}

const HOURS_WORD = /^(?:h|hr|hrs|hour|hours)\.?$/i;
const MINUTES_WORD = /^(?:m|min|mins|minute|minutes)\.?$/i;
const MILES_WORD = /^(?:mi|mile|miles)\.?$/i;
const KM_WORD = /^(?:km|kms|kilometres?|kilometers?)\.?$/i;
const VISITS_WORD = /^(?:visits?|trips?|x)$/i;
/** `/hr`, `per month`, `a visit`, `pm`: what a money or visit count is per; the column already says it. */
const PER = /\s*(?:(?:\/|\bper\b|\ba\b)\s*(?:h|hr|hrs|hour|mo|mth|month|visit|trip|call)\.?|\bpm|\bp\/m|\bmonthly)\s*$/i;
const CURRENCY_CODE = /^(?:[A-Z]{3}\s+)?(.*?)(?:\s+[A-Z]{3})?$/;
const DECIMAL_COMMA = /^\s*[-+\u2212]?\s*\p{Sc}?\s*\d+,(?:\d{1,2}|\d{4,})\s*\p{Sc}?\s*$/u;

export function readQuantity(cell: CellValue | undefined, unit: ColumnUnit | undefined, ctx: QuantityContext): QuantityRead {
  const time = unit === "hours" || unit === "minutes";
  if (typeof cell === "number" && ctx.isTime && time && Number.isFinite(cell)) {
    const hours = timeCellHours(cell);
    return { kind: "ok", value: unit === "hours" ? hours : hours * 60 };
  }
  const plain = readNumber(cell);
  if (plain.kind !== "invalid" || typeof cell !== "string" || unit === undefined) return decimalComma(cell, plain);
  const text = cell.trim();
  if (time) {
    const hours = durationTextHours(text);
    if (hours !== null) return { kind: "ok", value: unit === "hours" ? hours : hours * 60 };
  }
  const split = /^(.*?\d[\d.,]*%?)\s*([\p{L}.]+)$/u.exec(text.replace(PER, ""));
  const numberPart = split ? split[1]! : text.replace(PER, "");
  const word = split ? split[2]! : "";
  if (word !== "") {
    const own = ownUnit(unit, word, ctx.distanceUnit);
    if (own === false) return { kind: "wrongUnit", unit: word };
    if (own === null) return decimalComma(cell, plain);
  }
  const money = unit === "money" ? (CURRENCY_CODE.exec(numberPart)?.[1] ?? numberPart) : numberPart;
  if (money === text) return decimalComma(cell, plain);
  const read = readNumber(money);
  return read.kind === "ok" ? read : decimalComma(money, plain);
}

/** true: the column's own unit; false: a unit of another kind that contradicts it; null: not a unit. */
function ownUnit(unit: ColumnUnit, word: string, distanceUnit: "miles" | "km"): boolean | null {
  const hours = HOURS_WORD.test(word);
  const minutes = MINUTES_WORD.test(word);
  const miles = MILES_WORD.test(word);
  const km = KM_WORD.test(word);
  switch (unit) {
    case "hours":
      return hours ? true : minutes || miles || km ? false : null;
    case "minutes":
      return minutes ? true : hours || miles || km ? false : null;
    case "distance":
      if (miles) return distanceUnit === "miles";
      if (km) return distanceUnit === "km";
      return hours || minutes ? false : null;
    case "visits":
      return VISITS_WORD.test(word) ? true : null;
    case "money":
      return null;
  }
}

/** `read`, or a decimal comma when the text it could not read is a number with one (`1,5`). */
export function decimalComma(cell: CellValue | undefined, read: CellRead<number>): QuantityRead {
  if (read.kind === "invalid" && typeof cell === "string" && DECIMAL_COMMA.test(cell)) return { kind: "decimalComma" };
  return read;
}

/** The value a time-formatted cell shows, or text typed as a time, in hours: for settings in hours. */
export function hoursFrom(cell: CellValue | undefined, ctx: QuantityContext): QuantityRead {
  return readQuantity(cell, "hours", ctx);
}
