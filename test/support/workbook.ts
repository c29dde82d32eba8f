/**
 * The one workbook builder the tests share: a workbook described as its tables' rows (header row
 * first, as a consultant types them), handed over as each front door meets it — Grids for the
 * pure core, an ExcelJS workbook or .xlsx bytes for the .xlsx shell and the command line, and the
 * strict fake Excel for the add-in.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid, TableKey } from "../../src/core/workbook/grid";
import { TABLES } from "../../src/core/workbook/tables";
import { createFakeExcel, installFakeExcel, workbookFromGrids, type FakeExcel, type FakeExcelOptions } from "../../src/testing/fakeExcel";

export type Rows = CellValue[][];

/** A workbook's input tables, each as rows with its header row first; Settings may leave out its header. */
export type Tables = Partial<Record<TableKey, Rows>>;

/** A grid as a shell hands it over: by default a plain sheet named after the table, headers in row 1. */
export function gridOf(key: TableKey, values: Rows, opts: Partial<Omit<Grid, "key" | "values">> = {}): Grid {
  return {
    key,
    sheet: opts.sheet ?? TABLES[key].sheetName,
    source: opts.source ?? "sheet",
    ...(opts.tableName ? { tableName: opts.tableName } : {}),
    origin: opts.origin ?? { row: 0, col: 0 },
    values,
    ...(opts.hiddenRows ? { hiddenRows: opts.hiddenRows } : {}),
  };
}

/** The Settings table from `[name, value]` pairs, under its Setting / Value header. */
export function settingsRows(pairs: readonly (readonly [string, CellValue])[]): Rows {
  return [["Setting", "Value"], ...pairs.map(([name, value]) => [name, value])];
}

/** Every table as a plain-sheet grid, in the order given. */
export function gridsOf(tables: Tables): Grid[] {
  return (Object.entries(tables) as [TableKey, Rows][]).map(([key, rows]) => gridOf(key, rows));
}

export interface WorkbookOptions {
  /** Write each table as an Excel table (ListObject) at A1 instead of a plain range. */
  excelTables?: boolean;
  /** Sheets to add after the tables (empty), e.g. a user's own "Pricing Results". */
  extraSheets?: readonly string[];
}

/** An ExcelJS workbook with one sheet per table, named as the product names them. */
export function workbookOf(tables: Tables, options: WorkbookOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const [key, rows] of Object.entries(tables) as [TableKey, Rows][]) {
    const ws = workbook.addWorksheet(TABLES[key].sheetName);
    const [header, ...body] = rows;
    if (options.excelTables && header) {
      ws.addTable({
        name: TABLES[key].tableName,
        ref: "A1",
        headerRow: true,
        columns: header.map((h) => ({ name: String(h ?? ""), filterButton: true })),
        rows: body.length > 0 ? body : [header.map(() => null)],
      });
    } else {
      for (const row of rows) ws.addRow(row);
    }
  }
  for (const name of options.extraSheets ?? []) workbook.addWorksheet(name);
  return workbook;
}

/** The same workbook as .xlsx bytes, as a consultant's file on disk holds it. */
export async function xlsxOf(tables: Tables, options: WorkbookOptions = {}): Promise<Buffer> {
  return Buffer.from(await workbookOf(tables, options).xlsx.writeBuffer());
}

/** The strict fake Excel holding these grids (plus empty extra sheets), installed as `Excel` and `Office`. */
export function fakeExcelOf(grids: Grid[], options: FakeExcelOptions = {}, extraSheets: readonly string[] = []): FakeExcel {
  const init = workbookFromGrids(grids);
  init.sheets.push(...extraSheets.map((name) => ({ name })));
  const fake = createFakeExcel(init, options);
  installFakeExcel(fake);
  return fake;
}
