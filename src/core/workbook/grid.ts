/**
 * A Grid is the raw cells of one input table, exactly as a shell read them: nothing typed yet.
 * For an Excel table row 0 of `values` is the header row; for a sheet the core finds it. `origin` is the 0-based row/column of values[0][0] on
 * its sheet, so every cell can be named (`Clients!E7`) when a problem is reported.
 */
export type CellValue = string | number | boolean | null;

/** The six input tables of PRICING.md §1, by their canonical key. */
export type TableKey = "settings" | "tiers" | "clients" | "travelZones" | "benefits" | "timeLog";

export interface Grid {
  key: TableKey;
  /** Worksheet that holds the table. */
  sheet: string;
  /**
   * Where the grid came from: an Excel table (ListObject, its header row first) or a plain sheet
   * (from A1 to its last used cell: the core finds the header row below any titles).
   */
  source: "table" | "sheet";
  /** Name of the Excel table when source is "table". */
  tableName?: string;
  /** 0-based row and column of values[0][0] on the sheet. */
  origin: { row: number; col: number };
  values: CellValue[][];
  /**
   * Excel tables only: the sheet row just under the table (under its totals row when it shows
   * one), across the table's columns. Excel reads a table's range, so a row pasted there is not
   * part of it; the shells hand it over so the user can be warned. Absent for plain sheets and for
   * a table that ends at the sheet's last row.
   */
  rowBelow?: { row: number; values: CellValue[] };
  // What only a shell can see about the cells (DESIGN.md); the core decides what follows (PRICING.md §1).
  /** An Excel table found by its headings, not its name (`Table3` holding Clients): the reader says so. */
  byHeadings?: boolean;
  /** Excel tables: the last row of `values` is the table's totals row (left out, with a warning). */
  totalsRow?: boolean;
  /** Indexes into `values` of rows hidden by hand or by a filter. */
  hiddenRows?: readonly number[];
  /** Merged ranges that touch the grid, as 0-based indexes into `values` (may reach outside it). */
  merges?: readonly GridRect[];
  /** Cells that hold a formula, with its text (no leading `=`): sums are told apart from data. */
  formulas?: readonly GridFormula[];
  /** Cells that hold a formula with no saved result (a file written by a script). */
  unsavedFormulas?: readonly GridFormula[];
  /**
   * A required table not found by its name: this sheet (or Excel table) looks like it, by its name
   * or its headings. The core reports the table missing and says to rename this one; it reads nothing.
   */
  lookalike?: { name: string; kind: "sheet" | "table"; by: "name" | "headings" };
  /**
   * The workbook's date system, when it is the 1904 one (Mac workbooks): a date serial counts days
   * from 1 January 1904, 1,462 fewer than the same day in the 1900 system. The core converts.
   */
  dateSystem?: 1900 | 1904;
  /** Cells whose number format shows a time (`h:mm`, `[h]:mm`), indexes into `values`. */
  timeCells?: readonly GridCell[];
}

/** A cell of a grid: indexes into `values`. */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridFormula extends GridCell {
  formula: string;
}

/** Corners of a rectangle of grid cells, inclusive. */
export interface GridRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
