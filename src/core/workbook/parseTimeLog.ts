/**
 * The optional Time log table (PRICING.md §1): one row per time entry, as a time tracker exports
 * it or as typed. Every cell is checked (an error at its cell, as everywhere); the entries are then
 * summed per client name (trimmed, case-insensitive) into the figures that fill blank Clients
 * cells: visits, hours per visit, remote hours and actual revenue, per month over M months.
 * Which names are clients is known only once the Clients table is read: `warnUnknownClients`.
 *
 * An export is read as it comes (PRICING.md §1): its other columns named in one note, its On site
 * found from a Task / Tags / Work type… column when it has none, its numbered dates read in the
 * order given or found (timeLogDateOrder.ts).
 */
import { cellAddress } from "./address";
import { badValueMessage, forWhom, type FieldRule } from "./fields";
import type { CellValue, Grid } from "./grid";
import type { Client, ClientTimeLog, DateOrder, Settings, TimeLogSummary } from "./model";
import { nearestNames } from "./nearestNames";
import { calendarOf, excelDateText, FIRST_DAY, isoDate, LAST_DAY, readDate, type DateSystem } from "./parseDate";
import { readDuration } from "./parseDuration";
import { isBlank, readNumber, readText, readYesNo } from "./parseNumber";
import { addError, addWarning, CLIENT_NAME_CHECK, COLUMN_NOTE_CHECK, describeValue, listOf, type Problems } from "./problems";
import { decimalComma } from "./quantity";
import { readTable, type TableReader } from "./readTable";
import { readsAsRemote } from "./remoteWork";
import { withinBounds } from "./settingsSchema";
import { headingKeys, headingUnit, sameHeading } from "./headings";
import { TIME_LOG_TABLE, type TimeLogColumn } from "./tables";
import { ORDER_WORDS, timeLogDateOrder, type LogDateOrder } from "./timeLogDateOrder";

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
  /**
   * The order its numbered dates were read in (given, set, or found from the log); null when
   * none is known. A Clients `Renewal date` is read in it too (PRICING.md §1).
   */
  dateOrder: DateOrder | null;
}

export const NO_TIME_LOG: ParsedTimeLog = Object.freeze({
  hasRows: false, summary: null, byClient: new Map(), names: new Map(), dateOrder: null,
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

/**
 * Reads and checks every row; the sums are per client name. `dateOrder`: `--date-order`, which
 * wins over the Date order setting.
 */
export function parseTimeLog(
  grid: Grid | undefined, settings: Settings, problems: Problems, dateOrder: DateOrder | null = null,
): ParsedTimeLog {
  const none = { ...NO_TIME_LOG, dateOrder: dateOrder ?? settings.dateOrder };
  if (!grid) return none;
  const table = readTable(grid, TIME_LOG_TABLE, problems, { oneNote: true });
  if (!table) return none;
  // An On site column says where the work was; without one, the first Type / Task / Tags… column does.
  const remoteFrom = remoteColumn(grid, table);
  const typeColumn = table.columns.workType;
  if (typeColumn !== undefined && typeColumn !== remoteFrom) {
    table.unread.push({ heading: headingAt(grid, table, typeColumn), address: table.address(table.headerRow, "workType") });
  }
  if (remoteFrom !== null && remoteFrom !== typeColumn) {
    const address = table.unread.find((u) => columnIndex(u.address) === remoteFrom + grid.origin.col)?.address;
    table.unread = table.unread.filter((u) => u.address !== address);
  }
  table.unread.sort((a, b) => columnIndex(a.address) - columnIndex(b.address));
  noteUnreadColumns(table, problems);
  if (table.rows.length === 0) return none;
  const complete = (["client", "date", "hours"] as const).every((k) => table.has(k));
  if (!complete) return { ...none, hasRows: true }; // the missing column is already an error
  if (!hoursHeadingSaysHours(grid, table, problems)) return { ...none, hasRows: true };
  const order = timeLogDateOrder(table, dateOrder, settings.dateOrder, problems);
  const reads: TextReads = { dates: new Map(), hours: new Map(), amounts: new Map() };
  const timeCell = timeCellTest(grid, table);
  const names = new Map<string, NameSums>();
  let first = Infinity;
  let last = -Infinity;
  let remote = 0;
  for (const row of table.rows) {
    const name = textCell(table, row, problems);
    const day = dateCell(table, row, name, order, reads, problems, grid.dateSystem);
    if (day !== null) {
      if (day < first) first = day;
      if (day > last) last = day;
    }
    const hours = hoursCell(table, row, name, timeCell(row), reads, problems);
    let onSite = onSiteCell(table, row, name, problems);
    if (remoteFrom !== null && readsAsRemote(grid.values[row]?.[remoteFrom])) {
      onSite = false;
      remote++;
    }
    const amount = amountCell(table, row, name, reads, problems);
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
  if (!table.has("onSite")) noteOnSite(grid, table, remoteFrom, remote, names, problems);
  if (first === Infinity) return { ...none, hasRows: true, dateOrder: order.order }; // every date was wrong: reported
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
    dateOrder: order.order,
  };
}

function headingAt(grid: Grid, table: TableReader<TimeLogColumn>, col: number): string {
  return String(grid.values[table.headerRow]?.[col] ?? "").trim();
}

/**
 * With no On site column, the column that says which entries were remote: the first present, in
 * the order of PRICING.md §1 (Type, Work type, Task, Tags, Category, Service, Location, Work
 * role), that holds something — an export's empty Task column (Toggl's, for a workspace without
 * tasks) says nothing, so its Tags are read.
 */
function remoteColumn(grid: Grid, table: TableReader<TimeLogColumn>): number | null {
  if (table.has("onSite") || !table.has("workType")) return null;
  const spec = TIME_LOG_TABLE.columns.find((c) => c.key === "workType")!;
  const names = [spec.header, ...(spec.aliases ?? [])].map(headingKeys);
  const headings = grid.values[table.headerRow] ?? [];
  const candidates = headings
    .map((h, c) => ({ c, rank: typeof h === "string" && h.trim() !== "" ? names.findIndex((n) => sameHeading(headingKeys(h), n)) : -1 }))
    .filter((x) => x.rank >= 0 && (x.c === table.columns.workType || table.unread.some((u) => columnIndex(u.address) === x.c + grid.origin.col)))
    .sort((a, b) => a.rank - b.rank || a.c - b.c);
  for (const { c } of candidates) if (table.rows.some((r) => !isBlank(grid.values[r]?.[c]))) return c;
  return table.columns.workType!;
}

/** `'Time Log'!D1` → 3 (0-based column on the sheet), for keeping the note's headings left to right. */
function columnIndex(address: string): number {
  const letters = /!\$?([A-Z]+)\$?\d+$/.exec(address)?.[1] ?? "A";
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** PRICING.md §1: an export's other columns are named as not read, in one note for the whole table. */
function noteUnreadColumns(table: TableReader<TimeLogColumn>, problems: Problems): void {
  if (table.unread.length === 0) return;
  const headings = table.unread.map((u) => `"${u.heading}"`);
  const one = headings.length === 1;
  addWarning(problems, table.unread[0]!.address,
    `The Time log's column${one ? "" : "s"} ${listOf(headings)} ${one ? "is" : "are"} not read (it reads Client, Date, Hours, On site and Amount, and, without On site, a Type, Work type, Task, Tags, Category, Service, Location or Work role column to find remote work).`,
    COLUMN_NOTE_CHECK);
}

/** An Hours heading in minutes (`Duration (minutes)`) contradicts the column: an error at the heading, nothing read. */
function hoursHeadingSaysHours(grid: Grid, table: TableReader<TimeLogColumn>, problems: Problems): boolean {
  const heading = String(grid.values[table.headerRow]?.[table.columns.hours!] ?? "").trim();
  const unit = headingUnit(heading);
  if (unit === null || !/^(?:m|min|mins|minute|minutes)$/.test(unit)) return true;
  addError(problems, table.address(table.headerRow, "hours"),
    `The heading "${heading}" says minutes, but the Time log reads hours — export the durations in hours (or h:mm), or add an Hours column with each entry's minutes divided by 60.`);
  return false;
}

/**
 * PRICING.md §1, with no On site column: one note naming the column that marked entries remote
 * and how many; or, when nothing did, one warning that every entry was counted on site.
 */
function noteOnSite(
  grid: Grid, table: TableReader<TimeLogColumn>, remoteFrom: number | null, remote: number, names: Map<string, NameSums>, problems: Problems,
): void {
  const entries = table.rows.length;
  const heading = remoteFrom === null ? null : headingAt(grid, table, remoteFrom);
  if (heading !== null && remote > 0) {
    addWarning(problems, cellAddress(grid.sheet, grid.origin.row + table.headerRow, grid.origin.col + remoteFrom!),
      `The Time log has no On site column, so its "${heading}" column says where the work was: ${remote} of ${count(entries, "entry", "entries")} read as remote work (remote, phone, online or off-site), the others as on site.`);
    return;
  }
  let visits = 0;
  for (const s of names.values()) visits += s.onSiteDays.size;
  const why = heading === null ? "has no On site column" : `has no On site column, and none of its "${heading}" entries reads as remote work`;
  addWarning(problems, table.headerRange,
    `The Time log ${why}, so all ${count(entries, "entry", "entries")} are counted as work on site (${count(visits, "visit", "visits")}: one per client and day) — to mark remote work, add an On site column (Yes/No), or a Task or Tag holding "Remote".`);
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/**
 * A CSV export's cells are all text and repeat (365 dates a year, a few durations and amounts):
 * each distinct text is read once per table, which keeps a 100,000-entry file within the time
 * csv-parse alone takes (issue 18, bench/timeLog.ts).
 */
interface TextReads {
  dates: Map<string, ReturnType<typeof readDate>>;
  hours: Map<string, ReturnType<typeof decimalComma>>;
  amounts: Map<string, ReturnType<typeof decimalComma>>;
}
const MEMO_LIMIT = 10_000;

function memo<T>(map: Map<string, T>, text: string, read: () => T): T {
  let value = map.get(text);
  if (value === undefined) {
    value = read();
    if (map.size < MEMO_LIMIT) map.set(text, value);
  }
  return value;
}

/** Calendar months from the first day's month to the last day's, inclusive. */
export function monthsCovered(firstDay: number, lastDay: number): number {
  const a = calendarOf(firstDay);
  const b = calendarOf(lastDay);
  return (b.year - a.year) * 12 + b.month - a.month + 1;
}

/**
 * One warning per name in the log that is not a client, at its first cell, with the hours left
 * out and the nearest client's name (they still count for M, entries, first and last: they are
 * rows read). Entries for the consultant's own business (its Business name) are internal time:
 * one note. These come first in the list of warnings (CLIENT_NAME_CHECK).
 */
export function warnUnknownClients(log: ParsedTimeLog, clients: readonly Client[], problems: Problems, businessName = ""): void {
  if (log.names.size === 0) return;
  const known = new Set(clients.map((c) => clientKey(c.name)));
  const clientNames = clients.map((c) => c.name).filter((n) => n !== "");
  const own = clientKey(businessName);
  for (const [key, s] of log.names) {
    if (known.has(key)) continue;
    const hours = s.onSiteHours + s.remoteHours;
    const entries = `${s.entries} entr${s.entries === 1 ? "y" : "ies"}`;
    if (own !== "" && key === own) {
      addWarning(problems, s.cell,
        `"${s.name}" in the Time log is your own business (the Business name setting): its ${formatHours(hours)} (${entries}) are internal time, not priced for any client.`,
        `${CLIENT_NAME_CHECK}:internal`);
      continue;
    }
    const nearest = nearestNames(s.name, clientNames, 1)[0];
    const advice = nearest !== undefined
      ? `did you mean "${nearest}"? Correct the name in the log to "${nearest}", or add the client to the Clients table.`
      : "add the client to the Clients table, or correct the name to match one there.";
    addWarning(problems, s.cell,
      `"${s.name}" in the Time log is not a client in the Clients table, so its ${formatHours(hours)} (${entries}) are left out — ${advice}`,
      `${CLIENT_NAME_CHECK}:${key}`);
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

function dateCell(
  table: TableReader<TimeLogColumn>, row: number, who: string | null, order: LogDateOrder, reads: TextReads, problems: Problems, dateSystem?: DateSystem,
): number | null {
  const cell = table.value(row, "date");
  const read = typeof cell === "string" ? memo(reads.dates, cell, () => readDate(cell, order.order, dateSystem)) : readDate(cell, order.order, dateSystem);
  if (read.kind === "ok") return read.value;
  const subject = `Date${forWhom(who)}`;
  let message: string;
  if (read.kind === "refused") {
    if (read.why === "noOrder" && order.reported) return null; // one error for them all, already written
    const inOrder = order.order !== null && order.source !== null
      ? ` in ${ORDER_WORDS[order.order]} order (${order.source === "given" ? "--date-order" : order.source === "setting" ? "the Date order setting" : "the order the log's other dates show"})`
      : "";
    message = read.why === "noOrder"
      ? `${subject} is ${describeValue(cell)}, which does not say which number is the day and which the month — type it as YYYY-MM-DD (2026-01-05 for 5 January 2026), or set Date order in the Settings table.`
      : read.why === "notADate"
        ? `${subject} is ${describeValue(cell)}, which is not a day of the calendar${inOrder} — ${DATE_HINT}.`
        : `${subject} is ${read.day !== undefined ? (typeof cell === "number" ? `${excelDateText(read.day)} (${describeValue(cell)})` : isoDate(read.day)) : describeValue(cell)}, outside ${isoDate(FIRST_DAY)} to ${isoDate(LAST_DAY)} — check the year, or ${DATE_HINT}.`;
  } else {
    message = badValueMessage({ label: "Date", hint: DATE_HINT }, who, cell, read);
  }
  addError(problems, table.address(row, "date"), message);
  return null;
}

function hoursCell(
  table: TableReader<TimeLogColumn>, row: number, who: string | null, timeCell: boolean, reads: TextReads, problems: Problems,
): number | null {
  const cell = table.value(row, "hours");
  const read = typeof cell === "string" ? memo(reads.hours, cell, () => decimalComma(cell, readDuration(cell))) : decimalComma(cell, readDuration(cell, timeCell));
  if (read.kind === "ok" && withinBounds(read.value, { min: 0, max: 24 })) return read.value;
  addError(problems, table.address(row, "hours"), badValueMessage(HOURS, who, shown(cell, read), read));
  return null;
}

/** A time cell is quoted as the hours it holds, not as a fraction of a day. */
function shown(cell: CellValue | undefined, read: { kind: string; value?: number }): CellValue | undefined {
  return read.kind === "ok" && typeof cell === "number" ? read.value! : cell;
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

function amountCell(table: TableReader<TimeLogColumn>, row: number, who: string | null, reads: TextReads, problems: Problems): number {
  if (!table.has("amount")) return 0;
  const cell = table.value(row, "amount");
  if (isBlank(cell)) return 0;
  const read = typeof cell === "string" ? memo(reads.amounts, cell, () => decimalComma(cell, readNumber(cell))) : readNumber(cell);
  if (read.kind === "ok" && withinBounds(read.value, { min: 0 })) return read.value;
  addError(problems, table.address(row, "amount"), badValueMessage(AMOUNT, who, cell, read));
  return 0;
}
