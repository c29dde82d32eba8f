/**
 * A Grid is the raw cells of one input table, exactly as a shell read them: nothing typed yet.
 * Row 0 of `values` is the header row. `origin` is the 0-based row/column of values[0][0] on
 * its sheet, so every cell can be named (`Clients!E7`) when a problem is reported.
 */
export type CellValue = string | number | boolean | null;

/** The six input tables of PRICING.md §1, by their canonical key. */
export type TableKey = "settings" | "tiers" | "clients" | "travelZones" | "benefits" | "timeLog";

export interface Grid {
  key: TableKey;
  /** Worksheet that holds the table. */
  sheet: string;
  /** Where the grid came from: an Excel table (ListObject) or a plain sheet whose row 1 holds headers. */
  source: "table" | "sheet";
  /** Name of the Excel table when source is "table". */
  tableName?: string;
  /** 0-based row and column of values[0][0] (the header row's first cell) on the sheet. */
  origin: { row: number; col: number };
  values: CellValue[][];
  /**
   * Excel tables only: the sheet row just under the table (under its totals row when it shows
   * one), across the table's columns. Excel reads a table's range, so a row pasted there is not
   * part of it; the shells hand it over so the user can be warned. Absent for plain sheets and for
   * a table that ends at the sheet's last row.
   */
  rowBelow?: { row: number; values: CellValue[] };
  /** Cells whose number format shows a time (`h:mm`, `[h]:mm`), indexes into `values`. */
  timeCells?: readonly GridCell[];
}

/** A cell of a grid: indexes into `values`. */
export interface GridCell {
  row: number;
  col: number;
}
