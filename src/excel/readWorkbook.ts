/**
 * The Office.js shell's first verb, in two round trips: find (sheets, tables, defined names:
 * loadWorkbookState), then load the cells of the five input tables, with the row just under each
 * Excel table (to warn about rows pasted outside it). Reads only: nothing in the workbook changes.
 */
import type { Grid, TableKey } from "../workbook/grid";
import { TABLE_KEYS, locateTables, type TableLocation } from "../workbook/tables";
import { rangeValues } from "./cellInput";
import { cellFacts, queueCellFacts, trimBlank, type CellFactsLoad } from "./readCellFacts";
import { loadWorkbookState, type WorkbookState } from "./workbookState";

export interface WorkbookRead {
  /** One grid per input table found, in the order of PRICING.md §1. */
  grids: Grid[];
  /** Where each input table was found (null: absent). */
  located: Record<TableKey, TableLocation | null>;
  /** Sheets, tables and names: what applyPlan needs to replace only our own sheets. */
  state: WorkbookState;
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const state = await loadWorkbookState(context);
  const sheets = state.sheets.map((s) => s.name);
  let located = locateTables({ tables: state.tables, sheets });

  // Tables not found by name may be found by their headings (`Table3` holding Clients): their
  // header rows come in the same request as the cells, and their cells in one more.
  const taken = new Set(TABLE_KEYS.flatMap((k) => { const l = located[k]; return l?.source === "table" ? [l.tableName] : []; }));
  const unnamed = TABLE_KEYS.some((k) => located[k] === null) ? state.tables.filter((t) => !taken.has(t.name)) : [];
  let loads = queueLoads(context, located, true);
  const headers = unnamed.map((t) => ({ t, range: context.workbook.tables.getItem(t.name).getHeaderRowRange().load("values") }));
  try {
    if (loads.length > 0 || headers.length > 0) await context.sync();
  } catch (error) {
    // Excel fails the request when a table ends on the sheet's last row (no row below it). That is
    // rare enough to pay one more round trip for, reading the tables without the rows below.
    if (!loads.some((l) => l.below)) throw error;
    loads = queueLoads(context, located, false);
    await context.sync();
  }
  if (headers.length > 0) {
    const withHeaders = state.tables.map((t) => {
      const h = headers.find((x) => x.t === t);
      return h ? { ...t, headers: (rangeValues(h.range)[0] ?? []).map((v) => (v === null ? "" : String(v))) } : t;
    });
    const relocated = locateTables({ tables: withHeaders, sheets });
    const found = Object.fromEntries(TABLE_KEYS.map((k) => [k, located[k] === null ? relocated[k] : null])) as WorkbookRead["located"];
    if (TABLE_KEYS.some((k) => found[k] !== null)) {
      const more = queueLoads(context, found, false);
      await context.sync();
      loads = [...loads, ...more].sort((a, b) => TABLE_KEYS.indexOf(a.key) - TABLE_KEYS.indexOf(b.key));
      located = Object.fromEntries(TABLE_KEYS.map((k) => [k, located[k] ?? found[k]])) as WorkbookRead["located"];
    }
  }

  const grids = loads.map(({ key, where, range, below, facts }) =>
    where.source === "table"
      ? tableGrid(key, where, range, below, facts, state.tables.some((t) => t.name === where.tableName && t.showTotals))
      : sheetGrid(key, where.sheet, range, facts),
  );
  return { grids, located, state };
}

interface CellsLoad {
  key: TableKey;
  where: TableLocation;
  range: Excel.Range;
  /** The row just under an Excel table (under its totals row), loaded with the table's cells. */
  below?: Excel.Range;
  facts: CellFactsLoad;
}

/** The second request: each input table's cells and, for an Excel table, the row under it. */
function queueLoads(
  context: Excel.RequestContext, located: Record<TableKey, TableLocation | null>, withRowsBelow: boolean,
): CellsLoad[] {
  const loads: CellsLoad[] = [];
  for (const key of TABLE_KEYS) {
    const where = located[key];
    if (where === null) continue;
    if (where.source === "sheet") {
      const range = sheetFromA1(context.workbook.worksheets.getItem(where.sheet));
      loads.push({ key, where, range: range.load("values, rowIndex, columnIndex"), facts: queueCellFacts(range) });
      continue;
    }
    const table = context.workbook.tables.getItem(where.tableName).getRange();
    const load: CellsLoad = { key, where, range: table.load("values, rowIndex, columnIndex"), facts: queueCellFacts(table) };
    if (withRowsBelow) load.below = table.getRowsBelow(1).load("values, rowIndex"); // ExcelApi 1.2
    loads.push(load);
  }
  return loads;
}

/** A plain sheet: from A1 to the last cell with a value (A1 alone when the sheet is blank). */
function sheetFromA1(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getRange("A1").getBoundingRect(sheet.getUsedRange(true));
}

/** An Excel table: header row, data rows and its totals row (marked, for the core to leave out). */
function tableGrid(
  key: TableKey,
  where: Extract<TableLocation, { source: "table" }>,
  range: Excel.Range,
  below: Excel.Range | undefined,
  facts: CellFactsLoad,
  hasTotals: boolean,
): Grid {
  const rows = rangeValues(range);
  return {
    key,
    sheet: where.sheet,
    source: "table",
    tableName: where.tableName,
    origin: { row: range.rowIndex, col: range.columnIndex },
    values: rows,
    ...cellFacts(facts, rows.length),
    ...(where.byHeadings ? { byHeadings: true } : {}),
    ...(hasTotals ? { totalsRow: true } : {}),
    ...(below ? { rowBelow: { row: below.rowIndex, values: rangeValues(below)[0] ?? [] } } : {}),
  };
}

/** A plain sheet from A1 to its last row and column with a value (the core finds the header row). */
function sheetGrid(key: TableKey, sheet: string, range: Excel.Range, facts: CellFactsLoad): Grid {
  const grid = trimBlank(rangeValues(range));
  return { key, sheet, source: "sheet", origin: { row: 0, col: 0 }, values: grid, ...cellFacts(facts, grid.length) };
}
