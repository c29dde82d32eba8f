/**
 * The optional Time log table (PRICING.md §1): one row per time entry, as a time tracker exports
 * it or as typed. Every cell is checked (an error at its cell, as everywhere); the entries are then
 * summed per client name (trimmed, case-insensitive) into the figures that fill blank Clients
 * cells: visits, hours per visit, remote hours and actual revenue, per month over M months.
 * Which names are clients is known only once the Clients table is read: `warnUnknownClients`.
 */
import { badValueMessage, forWhom, type FieldRule } from "./fields";
import type { CellValue, Grid } from "./grid";
import type { Client, ClientTimeLog, Settings, TimeLogSummary } from "./model";
import { calendarOf, excelDateText, FIRST_DAY, isoDate, LAST_DAY, readDate, type DateSystem } from "./parseDate";
import { readDuration } from "./parseDuration";
import { isBlank, readNumber, readText, readYesNo } from "./parseNumber";
import { addError, addWarning, describeValue, type Problems } from "./problems";
import { readTable, type TableReader } from "./readTable";
import { withinBounds } from "./settingsSchema";
import { TIME_LOG_TABLE, type TimeLogColumn } from "./tables";

/** One client name's entries, summed. */
interface NameSums {
  /** As first written in the log, trimmed. */
  name: string;
  /** Its first Client cell, where a warning about it points. */
  cell: string;
  entries: number;
  onSiteDays: Set<number>;
  onSiteHours: number;
  remoteHours: number;
  amount: number;
}

export interface ParsedTimeLog {
  /** The table has rows read: blank Clients cells may then take logged figures. */
  hasRows: boolean;
  /** null when the table has no rows read (or the workbook no Time log). */
  summary: TimeLogSummary | null;
  /** Client name key (trimmed, lower case) → its figures. */
  byClient: Map<string, ClientTimeLog>;
  /** The same keys → what the unknown-client warning needs. */
  names: Map<string, NameSums>;
}

export const NO_TIME_LOG: ParsedTimeLog = Object.freeze({
  hasRows: false, summary: null, byClient: new Map(), names: new Map(),
}) as ParsedTimeLog;

/** How the Time log and the Clients table compare names. */
export function clientKey(name: string): string {
  return name.trim().toLowerCase();
}

const CLIENT: FieldRule = { label: "Client", hint: "enter the client's name as the Clients table spells it, or clear the row" };
const DATE_HINT = "enter the date of the entry as a date, or as text YYYY-MM-DD (2026-01-05 for 5 January 2026)";
const HOURS: FieldRule = { label: "Hours", hint: "enter the hours of the entry, from 0 to 24, as a number (1.5) or a duration (1:30)" };
const ON_SITE: FieldRule = { label: "On site", hint: "enter Yes for work at the client's site or No for remote work (blank = Yes)" };
const AMOUNT: FieldRule = { label: "Amount", hint: "enter what was billed for the entry, 0 or more (blank = 0)" };

/** Reads and checks every row; the sums are per client name. */
export function parseTimeLog(grid: Grid | undefined, settings: Settings, problems: Problems): ParsedTimeLog {
  if (!grid) return NO_TIME_LOG;
  const table = readTable(grid, TIME_LOG_TABLE, problems);
  if (!table || table.rows.length === 0) return NO_TIME_LOG;
  const complete = (["client", "date", "hours"] as const).every((k) => table.has(k));
  if (!complete) return { ...NO_TIME_LOG, hasRows: true }; // the missing column is already an error
  const timeCell = timeCellTest(grid, table);
  const names = new Map<string, NameSums>();
  let first = Infinity;
  let last = -Infinity;
  for (const row of table.rows) {
    const name = textCell(table, row, problems);
    const day = dateCell(table, row, name, problems, grid.dateSystem);
    if (day !== null) {
      if (day < first) first = day;
      if (day > last) last = day;
    }
    const hours = hoursCell(table, row, name, timeCell(row), problems);
    const onSite = onSiteCell(table, row, name, problems);
    const amount = amountCell(table, row, name, problems);
    if (name === null || day === null || hours === null) continue;
    const key = clientKey(name);
    let sums = names.get(key);
    if (sums === undefined) {
      sums = { name, cell: table.address(row, "client"), entries: 0, onSiteDays: new Set(), onSiteHours: 0, remoteHours: 0, amount: 0 };
      names.set(key, sums);
    }
    sums.entries += 1;
    if (onSite) {
      sums.onSiteDays.add(day); // an on-site entry of 0 hours still makes its date a visit
      sums.onSiteHours += hours;
    } else {
      sums.remoteHours += hours;
    }
    sums.amount += amount;
  }
  if (first === Infinity) return { ...NO_TIME_LOG, hasRows: true }; // every date was wrong: reported
  const months = settings.timeLogMonths ?? monthsCovered(first, last);
  const hasAmount = table.has("amount");
  const byClient = new Map<string, ClientTimeLog>();
  for (const [key, s] of names) {
    const days = s.onSiteDays.size;
    byClient.set(key, {
      visits: days / months,
      hoursPerVisit: days === 0 ? 0 : s.onSiteHours / days,
      remoteHours: s.remoteHours / months,
      actualRevenue: hasAmount ? s.amount / months : null,
    });
  }
  return {
    hasRows: true,
    summary: { months, entries: table.rows.length, first: isoDate(first), last: isoDate(last) },
    byClient,
    names,
  };
}

/** Calendar months from the first day's month to the last day's, inclusive. */
export function monthsCovered(firstDay: number, lastDay: number): number {
  const a = calendarOf(firstDay);
  const b = calendarOf(lastDay);
  return (b.year - a.year) * 12 + b.month - a.month + 1;
}

/**
 * One warning per name in the log that is not a client, at its first cell, with the hours left
 * out (they still count for M, entries, first and last: they are rows read).
 */
export function warnUnknownClients(log: ParsedTimeLog, clients: readonly Client[], problems: Problems): void {
  if (log.names.size === 0) return;
  const known = new Set(clients.map((c) => clientKey(c.name)));
  for (const [key, s] of log.names) {
    if (known.has(key)) continue;
    const hours = s.onSiteHours + s.remoteHours;
    const entries = `${s.entries} entr${s.entries === 1 ? "y" : "ies"}`;
    addWarning(problems, s.cell,
      `"${s.name}" in the Time log is not a client in the Clients table, so its ${formatHours(hours)} (${entries}) are left out — add the client to the Clients table, or correct the name to match one there.`);
  }
}

function formatHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return `${rounded} hour${rounded === 1 ? "" : "s"}`;
}

/** Which rows' Hours cells the shell saw formatted as a time. */
function timeCellTest(grid: Grid, table: TableReader<TimeLogColumn>): (row: number) => boolean {
  const col = table.columns.hours;
  const rows = new Set((grid.timeCells ?? []).filter((c) => c.col === col).map((c) => c.row));
  return (row) => rows.has(row);
}

function textCell(table: TableReader<TimeLogColumn>, row: number, problems: Problems): string | null {
  const cell = table.value(row, "client");
  const read = readText(cell);
  if (read.kind === "ok") return read.value;
  addError(problems, table.address(row, "client"), badValueMessage(CLIENT, null, cell, read));
  return null;
}

function dateCell(table: TableReader<TimeLogColumn>, row: number, who: string | null, problems: Problems, dateSystem?: DateSystem): number | null {
  const cell = table.value(row, "date");
  const read = readDate(cell, dateSystem);
  if (read.kind === "ok") return read.value;
  const subject = `Date${forWhom(who)}`;
  let message: string;
  if (read.kind === "refused") {
    message = read.why === "dayFirst"
      ? `${subject} is ${describeValue(cell)}, which does not say which number is the day and which the month — type it as YYYY-MM-DD (2026-01-05 for 5 January 2026), or enter it as a date.`
      : read.why === "notADate"
        ? `${subject} is ${describeValue(cell)}, which is not a day of the calendar — ${DATE_HINT}.`
        : `${subject} is ${read.day !== undefined ? (typeof cell === "number" ? `${excelDateText(read.day)} (${describeValue(cell)})` : isoDate(read.day)) : describeValue(cell)}, outside ${isoDate(FIRST_DAY)} to ${isoDate(LAST_DAY)} — check the year, or ${DATE_HINT}.`;
  } else {
    message = badValueMessage({ label: "Date", hint: DATE_HINT }, who, cell, read);
  }
  addError(problems, table.address(row, "date"), message);
  return null;
}

function hoursCell(
  table: TableReader<TimeLogColumn>, row: number, who: string | null, timeCell: boolean, problems: Problems,
): number | null {
  const cell = table.value(row, "hours");
  const read = readDuration(cell, timeCell);
  if (read.kind === "ok" && withinBounds(read.value, { min: 0, max: 24 })) return read.value;
  addError(problems, table.address(row, "hours"), badValueMessage(HOURS, who, shown(cell, read), read));
  return null;
}

/** A time cell is quoted as the hours it holds, not as a fraction of a day. */
function shown(cell: CellValue | undefined, read: ReturnType<typeof readDuration>): CellValue | undefined {
  return read.kind === "ok" && typeof cell === "number" ? read.value : cell;
}

function onSiteCell(table: TableReader<TimeLogColumn>, row: number, who: string | null, problems: Problems): boolean {
  if (!table.has("onSite")) return true; // an export with no On site column: every entry on site
  const cell = table.value(row, "onSite");
  const read = readYesNo(cell);
  if (read.kind === "ok") return read.value;
  if (read.kind === "blank") return true;
  addError(problems, table.address(row, "onSite"), badValueMessage(ON_SITE, who, cell, read));
  return true;
}

function amountCell(table: TableReader<TimeLogColumn>, row: number, who: string | null, problems: Problems): number {
  if (!table.has("amount")) return 0;
  const cell = table.value(row, "amount");
  if (isBlank(cell)) return 0;
  const read = readNumber(cell);
  if (read.kind === "ok" && withinBounds(read.value, { min: 0 })) return read.value;
  addError(problems, table.address(row, "amount"), badValueMessage(AMOUNT, who, cell, read));
  return 0;
}
