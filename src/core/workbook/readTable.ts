/**
 * Reading one grid against its table's columns, the way the consultant sees the table
 * (PRICING.md §1): the header row found below titles, headings matched through the vocabulary
 * (a heading never ignored in silence), merged cells read as Excel shows them, and the rows that
 * are data told from those that are not (totals, section headings, footnotes, hidden rows; all
 * named in warnings). Missing required columns and formulas without a saved result are reported
 * here; the per-table parsers check the cells.
 */
import { cellAddress, rangeAddress } from "./address";
import { asShown } from "./mergedCells";
import type { CellValue, Grid } from "./grid";
import { findHeaderLayout, headingTexts } from "./headerRow";
import { headingKeys, headingUnit, sameHeading, sharedWords, type HeadingKeys } from "./headings";
import { classifyRows } from "./nonDataRows";
import { normalizeName } from "./normalize";
import { addError, addWarning, COLUMN_NOTE_CHECK, listOf, type Problems } from "./problems";
import { editDistance } from "./editDistance";
import type { QuantityContext } from "./quantity";
import { recognisedHeadings, type ColumnSpec, type TableSpec } from "./tables";

export interface TableReader<K extends string> {
  spec: TableSpec<K>;
  grid: Grid;
  /** Index into a row of `grid.values` for each column found. */
  columns: Partial<Record<K, number>>;
  /** Indexes into `grid.values` of the rows that are data (not blank, hidden, totals or headings). */
  rows: number[];
  /** Index into `grid.values` of the header row (-1 when the table has none). */
  headerRow: number;
  /** The header row, e.g. `Clients!A1:H1` (the first data cell when the table has no header row). */
  headerRange: string;
  has(key: K): boolean;
  /** The cell as Excel shows it: a merged range's value in every cell of its first column. */
  value(row: number, key: K): CellValue | undefined;
  /** Address of a row's cell in a column; the header row's first cell when the column is missing. */
  address(row: number, key: K): string;
  /** What a number in this cell means: a time format, the workbook's distance unit. */
  quantity(row: number, key: K): QuantityContext;
  /** The cell's formula has no saved result: already reported, so the field checks skip it. */
  unsaved(row: number, key: K): boolean;
  /** With `oneNote`: the headings not read, for the caller's one note (left to right). */
  unread: UnreadHeading[];
}

export interface UnreadHeading {
  heading: string;
  address: string;
}

export interface ReadOptions {
  distanceUnit?: "miles" | "km";
  /** Settings only: is this text a setting's name (a Settings sheet without a header row)? */
  isSettingName?: (name: string) => boolean;
  /**
   * The Time log (PRICING.md §1): an export's other columns are named in one note for the whole
   * table, which the caller writes from `unread`; where several headings name one column, the
   * column's `prefer` order chooses.
   */
  oneNote?: boolean;
}

/** How a message names the table: "The Clients table". */
export function tableTitle(spec: TableSpec): string {
  return `The ${spec.displayName} table`;
}

function columnList(columns: readonly ColumnSpec[]): string {
  return listOf(columns.map((c) => c.header));
}

/** The heading the table expects, for messages: "Clients: Client, Segment, … (optional: Tier, …)". */
export function expectedHeadings(spec: TableSpec): string {
  const required = spec.columns.filter((c) => c.required);
  const optional = spec.columns.filter((c) => !c.required);
  const opt = optional.length ? ` (and, if you need them, ${columnList(optional)})` : "";
  return `${columnList(required)}${opt}`;
}

const vocabulary = new WeakMap<ColumnSpec, HeadingKeys[]>();
function namesOf(column: ColumnSpec): HeadingKeys[] {
  let keys = vocabulary.get(column);
  if (!keys) vocabulary.set(column, (keys = [column.header, ...(column.aliases ?? [])].map(headingKeys)));
  return keys;
}

/**
 * Which header cell each column is in: the header itself first, then its aliases, each compared
 * plain and expanded. Every other non-blank heading is named: "may be …" when it shares a word
 * with a column still missing, else "not read".
 */
function findColumns<K extends string>(
  spec: TableSpec<K>, texts: string[], at: (col: number) => string, problems: Problems, options: ReadOptions, unread: UnreadHeading[],
): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  const claimed = new Set<number>();
  const keys = texts.map((t) => (t === "" ? null : headingKeys(t)));
  for (const column of spec.columns) {
    if (options.oneNote) {
      const names = namesOf(column);
      const candidates = keys.flatMap((k, i) => (k !== null && !claimed.has(i) && names.some((n) => sameHeading(k, n)) ? [i] : []));
      if (candidates.length === 0) continue;
      const rank = (i: number) => preferenceRank(column, texts[i]!, keys[i]!);
      const best = candidates.reduce((a, b) => (rank(b) < rank(a) ? b : a));
      columns[column.key] = best;
      claimed.add(best);
      continue;
    }
    for (const name of namesOf(column)) {
      const matches = keys.flatMap((k, i) => (k !== null && !claimed.has(i) && sameHeading(k, name) ? [i] : []));
      if (matches.length === 0) continue;
      columns[column.key] = matches[0]!;
      for (const m of matches) claimed.add(m);
      if (matches.length > 1) {
        const others = matches.slice(1).map(at);
        addWarning(problems, others[0],
          `${tableTitle(spec)} has more than one ${column.header} column — the first one is used and ${listOf(others)} ${others.length > 1 ? "are" : "is"} ignored.`);
      }
      break;
    }
  }
  for (const column of spec.columns) {
    const c = columns[column.key];
    if (c !== undefined && column.unit === "distance" && options.distanceUnit) checkDistanceHeading(texts[c]!, at(c), options.distanceUnit, problems);
    if (c !== undefined && column.unit === "minutes") checkMinutesHeading(texts[c]!, at(c), column.header, problems);
  }
  const missing = spec.columns.filter((c) => columns[c.key] === undefined);
  keys.forEach((k, i) => {
    if (k === null || claimed.has(i)) return;
    if (options.oneNote) {
      unread.push({ heading: texts[i]!, address: at(i) });
      return;
    }
    if (COMMENTARY.has(k.plain)) return;
    let best: ColumnSpec | null = null;
    let bestShared = 0;
    for (const column of missing) {
      const shared = Math.max(...namesOf(column).map((n) => sharedWords(k, n)));
      if (shared > bestShared) [best, bestShared] = [column, shared];
    }
    // No word in common: the column whose name is spelled nearest (`Devics`, `Segmnt`), when it is close.
    if (!best) best = nearestBySpelling(k, missing);
    const heading = texts[i]!;
    const table = `the ${spec.displayName} table`;
    addWarning(problems, at(i), best
      ? `The heading "${heading}" is not one ${table} reads, so its column is ignored — if it holds ${best.header}, head it "${best.header}".`
      : `The heading "${heading}" is not a column ${table} reads, so its column is ignored (the columns read are ${expectedHeadings(spec)}).`,
    `${COLUMN_NOTE_CHECK}:${i}`);
  });
  return columns;
}

/** Where a heading stands in its column's `prefer` order, then in its vocabulary (lower = read first). */
function preferenceRank(column: ColumnSpec, text: string, key: HeadingKeys): number {
  const full = normalizeName(text);
  const prefer = column.prefer ?? [];
  const p = prefer.findIndex((x) => (typeof x === "string" ? x === full : x.test(full)));
  if (p >= 0) return p;
  return prefer.length + namesOf(column).findIndex((n) => sameHeading(key, n));
}

/** The missing column whose header or alias is within a typo or two of the heading (a third of its letters at most). */
function nearestBySpelling(heading: HeadingKeys, missing: readonly ColumnSpec[]): ColumnSpec | null {
  const limit = Math.max(1, Math.floor(heading.plain.length / 3));
  let best: ColumnSpec | null = null;
  let bestDistance = limit + 1;
  for (const column of missing) {
    for (const name of namesOf(column)) {
      const distance = editDistance(heading.plain, name.plain);
      if (distance < bestDistance) [best, bestDistance] = [column, distance];
    }
  }
  return best;
}

/** Headings that are plainly the consultant's own remarks: ignored without a word. */
const COMMENTARY = new Set(["notes", "note", "comments", "comment", "remarks", "description"]);

const KM = new Set(["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"]);
const MILES = new Set(["mi", "mile", "miles"]);

/** PRICING.md §1: a unit in a heading that contradicts the column is an error at the heading. */
function checkDistanceHeading(heading: string, address: string, unit: "miles" | "km", problems: Problems): void {
  const said = headingUnit(heading);
  if (said === null) return;
  const wrong = unit === "miles" ? KM.has(said) : MILES.has(said);
  if (!wrong) return;
  const saidUnit = unit === "miles" ? "km" : "miles";
  addError(problems, address,
    `The heading "${heading}" says ${saidUnit}, but the workbook's Distance unit is ${unit} — enter the distances in ${unit}, or set Distance unit to ${saidUnit} in the Settings table.`);
}

const HOURS = new Set(["h", "hr", "hrs", "hour", "hours"]);

/** `Drive (hrs)` over a column read in minutes would read 1 as one minute: an error at the heading. */
function checkMinutesHeading(heading: string, address: string, header: string, problems: Problems): void {
  const said = headingUnit(heading);
  if (said === null || !HOURS.has(said)) return;
  addError(problems, address, `The heading "${heading}" says hours, but ${header} is read in minutes — enter the minutes (45, or 0:45 as a time) and head the column "${header}".`);
}

/**
 * Reads the header row and finds the data rows. Returns null, after reporting it, when the
 * header row is blank: a required table then cannot be read at all; an optional one is empty.
 */
export function readTable<K extends string>(
  grid: Grid, spec: TableSpec<K>, problems: Problems, options: ReadOptions = {},
): TableReader<K> | null {
  const { row: top, col: left } = grid.origin;
  const at = (r: number) => (c: number) => cellAddress(grid.sheet, top + r, left + c);
  const merged = asShown(grid.values, grid.merges);
  const wide: Grid = merged === grid.values ? grid : { ...grid, values: merged };
  const layout = findHeaderLayout(wide, spec, options.isSettingName ?? (() => false));
  // A table ends where its data ends: what lies beyond an empty column is another table.
  const end = layout.kind === "header" && grid.source === "sheet" ? tableEnd(merged, layout.row, spec) : null;
  const values = end === null ? merged : merged.map((r) => (r.length > end ? r.slice(0, end) : r));
  const view: Grid = values === grid.values ? grid : { ...grid, values };
  let columns: Partial<Record<K, number>>;
  let headerRow: number;
  let headerRange: string;
  const unread: UnreadHeading[] = [];
  if (layout.kind === "across") {
    addError(problems, rangeAddress(grid.sheet, top + layout.row, left, top + layout.row, left + layout.width - 1),
      `${tableTitle(spec)} is laid out across (setting names along row ${top + layout.row + 1}, values below them), which it does not read — put the names down column A under a heading "Setting" and each value beside its name under "Value".`);
    return null;
  }
  if (layout.kind === "headerless") {
    columns = layout.columns as Partial<Record<K, number>>;
    headerRow = layout.firstRow - 1;
    headerRange = at(layout.firstRow)(0);
  } else {
    headerRow = layout.row;
    const texts = headingTexts(values[headerRow]);
    let width = texts.length;
    while (width > 0 && texts[width - 1] === "") width--;
    if (width === 0) {
      if (spec.required) {
        addError(problems, at(0)(0), `${tableTitle(spec)} has no headings — put ${expectedHeadings(spec)} in its first row.`);
      }
      return null;
    }
    headerRange = rangeAddress(grid.sheet, top + headerRow, left, top + headerRow, left + width - 1);
    if (grid.byHeadings) {
      addWarning(problems, headerRange,
        `The Excel table ${grid.tableName ?? ""} is read as the ${spec.displayName} table, recognised by its headings — rename it ${spec.tableName} (Table Design › Table Name) to make that sure.`);
    }
    columns = findColumns(spec, texts.slice(0, width), at(headerRow), problems, options, unread);
    for (const column of spec.columns) {
      if (column.required && columns[column.key] === undefined) {
        addError(problems, headerRange,
          `${tableTitle(spec)} has no ${column.header} column — add a column headed "${column.header}".`);
      }
    }
  }
  const read = new Set<number>(Object.values(columns) as number[]);
  const rows = classifyRows(view, spec, headerRow, read, problems);
  const times = new Set((grid.timeCells ?? []).map((c) => `${c.row},${c.col}`));
  const unsaved = new Set<string>();
  const dataRows = grid.unsavedFormulas?.length ? new Set(rows) : null;
  for (const f of grid.unsavedFormulas ?? []) {
    if (!read.has(f.col) || !dataRows!.has(f.row)) continue;
    unsaved.add(`${f.row},${f.col}`);
    addError(problems, at(f.row)(f.col),
      `This cell's formula (=${shorten(f.formula)}) has no saved result in the file, so its value is unknown — open and save the workbook in Excel (it stores each formula's result), or type the value.`);
  }
  const distanceUnit = options.distanceUnit ?? "miles";
  return {
    spec, grid, columns, rows, headerRow, headerRange,
    has: (key) => columns[key] !== undefined,
    value: (row, key) => {
      const c = columns[key];
      return c === undefined ? undefined : values[row]?.[c];
    },
    address: (row, key) => at(row)(columns[key] ?? 0),
    quantity: (row, key) => ({ isTime: times.size > 0 && times.has(`${row},${columns[key]}`), distanceUnit }),
    unsaved: (row, key) => unsaved.size > 0 && unsaved.has(`${row},${columns[key]}`),
    unread,
  };
}

/**
 * The first column, after the header row's first heading, that is empty from the header row down
 * (heading and every cell below it blank): the table's right edge. Null when there is none.
 */
function tableEnd(values: readonly (readonly CellValue[])[], headerRow: number, spec: TableSpec): number | null {
  const header = values[headerRow] ?? [];
  const start = header.findIndex((c) => !isBlankCell(c));
  if (start < 0) return null;
  let width = 0;
  for (let r = headerRow; r < values.length; r++) width = Math.max(width, values[r]?.length ?? 0);
  for (let c = start + 1; c < width; c++) {
    if (!isBlankCell(header[c])) continue;
    let empty = true;
    for (let r = headerRow + 1; r < values.length && empty; r++) empty = isBlankCell(values[r]?.[c]);
    if (!empty) continue;
    // A spacer column inside the table is no edge: a heading of this table lies beyond it.
    if (recognisedHeadings(spec, headingTexts(header.slice(c + 1))) > 0) continue;
    // Only an edge when something lies beyond it: a trailing blank column changes nothing.
    let beyond = false;
    for (let r = headerRow; r < values.length && !beyond; r++) {
      const row = values[r] ?? [];
      for (let j = c + 1; j < row.length && !beyond; j++) beyond = !isBlankCell(row[j]);
    }
    return beyond ? c : null;
  }
  return null;
}

function isBlankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function shorten(formula: string): string {
  return formula.length > 60 ? `${formula.slice(0, 57)}…` : formula;
}

/** The error for a required table that is not in the workbook at all (no cell to point at). */
export function missingTableMessage(spec: TableSpec, lookalike?: Grid["lookalike"]): string {
  const name = spec.tableName === spec.sheetName ? spec.sheetName : `${spec.sheetName} (or ${spec.tableName})`;
  if (lookalike) {
    const what = lookalike.kind === "table" ? `The Excel table ${lookalike.name}` : `The sheet "${lookalike.name}"`;
    const why = lookalike.by === "headings" ? `holds its headings (${listOf(spec.columns.filter((c) => c.required).map((c) => c.header))})` : "has a name like it";
    const how = lookalike.kind === "table" ? "Table Design › Table Name" : "right-click its tab › Rename";
    return `${tableTitle(spec)} is missing: no sheet or Excel table is named ${spec.sheetName}. ${what} ${why} — if it is the ${spec.displayName} table, rename it ${lookalike.kind === "table" ? spec.tableName : spec.sheetName} (${how}).`;
  }
  return `${tableTitle(spec)} is missing — add a sheet or an Excel table named ${name} with the columns ${expectedHeadings(spec)}.`;
}
