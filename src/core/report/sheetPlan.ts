/**
 * A SheetPlan is what to write, as data: the shells (Office.js, ExcelJS) only carry it out.
 * Addresses are A1-style and relative to the sheet. Values are written as given: the shells make
 * sure that text beginning with =, +, - or @ lands as text, never as a formula.
 */
import type { CellValue } from "../workbook/grid";
import type { CellLook } from "./layout/blockFonts";

/** Excel number formats used by the plans (currency symbol added by the plan builder). */
export type NumberFormat = string;

export type BlockStyle =
  | "title" // sheet title: large, bold
  | "subtitle" // muted line under the title
  | "heading" // section heading above a table
  | "kpiLabel"
  | "kpiValue"
  | "note" // small muted text (warnings, footnotes)
  | "body";

export type HorizontalAlign = "left" | "center" | "right";

export interface Block {
  /** Unique within the sheet; charts name their source block by it. */
  id: string;
  /** Top-left cell, e.g. "A5". */
  at: string;
  values: CellValue[][];
  /** When set, the block is an Excel table whose first row holds the headers. */
  table?: { name: string; style?: string; showTotals?: false };
  /** Number format per column of the block (null = General); applied to the data rows. */
  columnFormats?: (NumberFormat | null)[];
  /** Horizontal alignment per column of the block, header included (null = Excel's own). */
  columnAlign?: (HorizontalAlign | null)[];
  /** Number format per cell, for blocks that mix formats row by row (KPIs); overrides columnFormats. */
  cellFormats?: (NumberFormat | null)[][];
  style?: BlockStyle;
  /** Wrap text in the block's cells (top-aligned; a table's header row bottom-aligned). */
  wrap?: boolean;
  /** Wrap only a table block's header row, bottom-aligned: long headers over narrow number columns. */
  wrapHeader?: boolean;
  /** How each row looks where it differs from the block's style (font, fill, a rule under it); null = the style's. */
  rowLooks?: (CellLook | null)[];
}

export type ChartType = "columnClustered" | "barClustered" | "line" | "lineMarkers";

export interface ChartSpec {
  /** Unique within the sheet; shells name the chart by it so re-runs replace it. */
  id: string;
  type: ChartType;
  title: string;
  /** Block whose data the chart shows (a table block: header row + data rows). */
  sourceBlock: string;
  /** 0-based column of the block holding the categories (x axis). */
  categoryColumn: number;
  /** 0-based columns of the block, one series each; the series name is that column's header. */
  seriesColumns: number[];
  /** Cell range the chart covers, e.g. "L2:S18". */
  placeAt: string;
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** #RRGGBB per series (absent: CHART_PALETTE in order, src/core/report/layout/chartLooks.ts). */
  seriesColors?: string[];
  /** The value axis' number format (absent: the first series column's format). */
  valueFormat?: NumberFormat;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Fit to this many pages wide and tall. */
  fitToPages: { wide: number; tall: number };
  /** e.g. "A1:F40". */
  printArea: string;
  centerHorizontally?: boolean;
  margins?: { top: number; bottom: number; left: number; right: number }; // inches
}

export interface RowHeight {
  /** 1-based, as Excel numbers rows. */
  row: number;
  /** In points (Calibri 11 needs 15 per line). */
  height: number;
}

/**
 * A workbook-scoped defined name for one cell of a sheet (a key figure such as
 * `Pricer_AnnualRevenue`), kept at the same cell across re-runs so a user's formulas that use it
 * keep working. Both shells write it; a re-run rewrites its reference.
 */
export interface NamedCell {
  name: string;
  /** A1 address on the sheet, e.g. "B5". */
  at: string;
}

export interface SheetSpec {
  name: string;
  blocks: Block[];
  charts: ChartSpec[];
  /** Width of each column from A, in Excel character units (null = leave). */
  columnWidths?: (number | null)[];
  /** 0-based columns to hide (kept, still read back, but neither shown nor printed); absent = none. */
  hiddenColumns?: number[];
  /** Heights of rows whose wrapped text needs more than one line; other rows keep Excel's own. */
  rowHeights?: RowHeight[];
  /** Freeze rows above this 1-based row (e.g. 1 keeps row 1 visible); absent = no freeze. */
  freezeRows?: number;
  print?: PrintSetup;
  tabColor?: string;
  /** Make this the active sheet after applying (a sheet the user hid stays hidden and is not activated, unless `reveal`). */
  activate?: boolean;
  /** The user asked to see this sheet (the rate card, a proposal): shown even if they had hidden it. */
  reveal?: boolean;
  showGridlines?: boolean;
  /** Key figures' workbook names on this sheet; absent = none. */
  namedCells?: NamedCell[];
}

export interface SheetPlan {
  sheets: SheetSpec[];
}
