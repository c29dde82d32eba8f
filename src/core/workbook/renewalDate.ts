/**
 * A client's `Renewal date` (PRICING.md §1): a date cell (handed over as its serial number), a
 * serial, text `YYYY-MM-DD`, or text with slashes, dots or dashes read in the date order — the
 * Date order setting (or `--date-order`), else the order the Time log's own dates showed. With
 * neither, text such as `07/01/2026` is refused, never guessed: 1 July or 7 January is a
 * different letter to send.
 */
import type { CellValue } from "./grid";
import type { DateOrder } from "./model";
import { FIRST_DAY, LAST_DAY, isoDate, readDate, type DateSystem } from "./parseDate";
import { describeValue } from "./problems";

export type RenewalDateRead = { kind: "ok"; value: string } | { kind: "blank" } | { kind: "bad"; message: string };

const HINT = "enter it as a date, or as text YYYY-MM-DD (2026-07-01 for 1 July 2026), or leave it blank";

/** `subject` names the cell in messages: "Renewal date for Acme Dental". */
export function readRenewalDate(cell: CellValue | undefined, order: DateOrder | null, subject: string, dateSystem?: DateSystem): RenewalDateRead {
  const read = readDate(cell, order, dateSystem);
  switch (read.kind) {
    case "ok":
      return { kind: "ok", value: isoDate(read.value) };
    case "blank":
      return { kind: "blank" };
    case "excelError":
      return { kind: "bad", message: `${subject} shows the error ${read.code} — fix that cell's formula, or ${HINT}.` };
    case "refused":
      if (read.why === "noOrder") {
        return {
          kind: "bad",
          message: `${subject} is ${describeValue(cell)}, which does not say which number is the day and which the month — set Date order in the Settings table to MDY (month/day/year) or DMY (day/month/year), or ${HINT}.`,
        };
      }
      if (read.why === "notADate") return { kind: "bad", message: `${subject} is ${describeValue(cell)}, which is not a day of the calendar${order ? ` read as ${order === "MDY" ? "month/day/year" : "day/month/year"} (the Date order)` : ""} — ${HINT}.` };
      return { kind: "bad", message: `${subject} is ${describeValue(cell)}, outside ${isoDate(FIRST_DAY)} to ${isoDate(LAST_DAY)} — check the year, or ${HINT}.` };
    default:
      return { kind: "bad", message: `${subject} is ${describeValue(cell)}, which is not a date — ${HINT}.` };
  }
}
