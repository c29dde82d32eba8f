/**
 * Reading one grid against its table's columns: which column holds what (column order is free,
 * headers match loosely, unknown columns are ignored), which rows hold data (all-blank rows are
 * skipped), and the address of any cell. Missing required columns are reported here; the
 * per-table parsers check the cells.
 */
import { cellAddress, rangeAddress } from "./address";
import type { CellValue, Grid } from "./grid";
import { normalizeHeader } from "./normalize";
import { isBlank, readText } from "./parseNumber";
import { addError, addWarning, listOf, type Problems } from "./problems";
import type { ColumnSpec, TableSpec } from "./tables";

export interface TableReader<K extends string> {
  spec: TableSpec<K>;
  grid: Grid;
  /** Index into a row of `grid.values` for each column found. */
  columns: Partial<Record<K, number>>;
  /** Indexes into `grid.values` of the data rows that are not all blank. */
  rows: number[];
  /** The header row, e.g. `Clients!A1:H1`. */
  headerRange: string;
  has(key: K): boolean;
  value(row: number, key: K): CellValue | undefined;
  /** Address of a row's cell in a column; the header row's first cell when the column is missing. */
  address(row: number, key: K): string;
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

/** Which header cell each column is in: the header itself first, then its aliases. */
function findColumns<K extends string>(
  spec: TableSpec<K>, headers: string[], grid: Grid, problems: Problems,
): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  const claimed = new Set<number>();
  for (const column of spec.columns) {
    for (const name of [column.header, ...(column.aliases ?? [])]) {
      const wanted = normalizeHeader(name);
      const matches = headers.flatMap((h, i) => (h === wanted && !claimed.has(i) ? [i] : []));
      if (matches.length === 0) continue;
      columns[column.key] = matches[0]!;
      claimed.add(matches[0]!);
      if (matches.length > 1) {
        const others = matches.slice(1).map((i) => cellAddress(grid.sheet, grid.origin.row, grid.origin.col + i));
        addWarning(problems, others[0],
          `${tableTitle(spec)} has more than one ${column.header} column — the first one is used and ${listOf(others)} ${others.length > 1 ? "are" : "is"} ignored.`);
      }
      break;
    }
  }
  return columns;
}

/**
 * Reads the header row and finds the data rows. Returns null, after reporting it, when the
 * header row is blank: a required table then cannot be read at all; an optional one is empty.
 */
export function readTable<K extends string>(
  grid: Grid, spec: TableSpec<K>, problems: Problems,
): TableReader<K> | null {
  const headerCells = grid.values[0] ?? [];
  const headers = headerCells.map((h) => {
    const text = readText(h);
    return text.kind === "ok" ? normalizeHeader(text.value) : "";
  });
  let width = headers.length;
  while (width > 0 && headers[width - 1] === "") width--;
  const { row: top, col: left } = grid.origin;
  const firstCell = cellAddress(grid.sheet, top, left);
  if (width === 0) {
    if (spec.required) {
      addError(problems, firstCell,
        `${tableTitle(spec)} has no headings — put ${expectedHeadings(spec)} in its first row.`);
    }
    return null;
  }
  const headerRange = rangeAddress(grid.sheet, top, left, top, left + width - 1);
  const columns = findColumns(spec, headers, grid, problems);
  for (const column of spec.columns) {
    if (column.required && columns[column.key] === undefined) {
      addError(problems, headerRange,
        `${tableTitle(spec)} has no ${column.header} column — add a column headed "${column.header}".`);
    }
  }
  const rows: number[] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const cells = grid.values[r] ?? [];
    if (!cells.every((c) => isBlank(c))) rows.push(r);
  }
  return {
    spec, grid, columns, rows, headerRange,
    has: (key) => columns[key] !== undefined,
    value: (row, key) => {
      const c = columns[key];
      return c === undefined ? undefined : grid.values[row]?.[c];
    },
    address: (row, key) => cellAddress(grid.sheet, top + row, left + (columns[key] ?? 0)),
  };
}

/** The error for a required table that is not in the workbook at all (no cell to point at). */
export function missingTableMessage(spec: TableSpec): string {
  const name = spec.tableName === spec.sheetName ? spec.sheetName : `${spec.sheetName} (or ${spec.tableName})`;
  return `${tableTitle(spec)} is missing — add a sheet or an Excel table named ${name} with the columns ${expectedHeadings(spec)}.`;
}
