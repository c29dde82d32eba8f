/**
 * Which order the Time log's numbered date texts (`7/15/2025`, `15.07.25`) are read in (PRICING.md
 * §1): `--date-order` (which wins), else the Date order setting, else the order the log's own
 * dates show — one whose first number is over 12 makes it DMY, one whose second is over 12 makes
 * it MDY. A log with both is an error at the first cell of each kind; a log where every such date
 * could be either is one error at its first, never one per row.
 */
import type { DateOrder } from "./model";
import { dateOrderEvidence } from "./parseDate";
import { addError, addWarning, type Problems } from "./problems";
import type { TableReader } from "./readTable";
import type { TimeLogColumn } from "./tables";

export const ORDER_WORDS: Record<DateOrder, string> = { MDY: "month/day/year", DMY: "day/month/year" };

export interface LogDateOrder {
  /** The order numbered dates are read in; null = not known (then each is left unread). */
  order: DateOrder | null;
  /** Numbered dates without an order are already reported (one error for them all): no error per row. */
  reported: boolean;
  /** Where the order came from, for a date's message. */
  source: "given" | "setting" | "log" | null;
}

const HOW_TO_SAY = "set Date order in the Settings table to MDY (month/day, as in the US) or DMY (day/month), run the command line with --date-order MDY or DMY, or type the dates as YYYY-MM-DD";

export function timeLogDateOrder(
  table: TableReader<TimeLogColumn>, given: DateOrder | null, setting: DateOrder | null, problems: Problems,
): LogDateOrder {
  if (given !== null) return { order: given, reported: false, source: "given" };
  if (setting !== null) return { order: setting, reported: false, source: "setting" };
  let dmy: number | null = null;
  let mdy: number | null = null;
  let either: number | null = null;
  let eitherCount = 0;
  for (const row of table.rows) {
    const evidence = dateOrderEvidence(table.value(row, "date"));
    if (evidence === "DMY") dmy ??= row;
    else if (evidence === "MDY") mdy ??= row;
    else if (evidence === "either") {
      either ??= row;
      eitherCount++;
    }
  }
  const cell = (row: number) => table.address(row, "date");
  const quoted = (row: number) => `"${String(table.value(row, "date")).trim()}"`;
  if (dmy !== null && mdy !== null) {
    addError(problems, cell(dmy),
      `Date ${quoted(dmy)} can only be day/month/year, but ${cell(mdy)} (${quoted(mdy)}) can only be month/day/year: the Time log mixes both orders — correct the dates written the other way, or type them as YYYY-MM-DD.`);
    addError(problems, cell(mdy),
      `Date ${quoted(mdy)} can only be month/day/year, but ${cell(dmy)} (${quoted(dmy)}) can only be day/month/year: the Time log mixes both orders — correct the dates written the other way, or type them as YYYY-MM-DD.`);
    return { order: null, reported: true, source: null };
  }
  const found: DateOrder | null = dmy !== null ? "DMY" : mdy !== null ? "MDY" : null;
  if (found !== null) {
    const row = (dmy ?? mdy)!;
    addWarning(problems, cell(row),
      `The Time log's dates are read as ${ORDER_WORDS[found]}, since ${quoted(row)} can only be read that way — set Date order in the Settings table to ${found} to make it sure.`);
    return { order: found, reported: false, source: "log" };
  }
  if (either !== null) {
    const which = eitherCount === 1
      ? `The Time log's date ${quoted(either)} could be month/day or day/month`
      : `${eitherCount.toLocaleString("en-US")} dates in the Time log, such as ${quoted(either)}, could be month/day or day/month, and none says which`;
    addError(problems, cell(either), `${which} — ${HOW_TO_SAY}.`);
    return { order: null, reported: true, source: null };
  }
  return { order: null, reported: false, source: null };
}
