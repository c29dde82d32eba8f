/**
 * The in-memory workbook as plain JSON: what the preview's sheet view shows, what the download
 * sends to the server, and what the end-to-end suite asserts on. Sparse (only cells that hold
 * something), in tab order, with tables, charts, defined names, the active sheet and selection.
 */
import type { CellValue } from "../../core/workbook/grid";
import { a1 } from "../../core/workbook/address";
import type { FakeCell, FakeChart, FakePageLayout, FakeWorkbook } from "./state";
import { rectAddress } from "./state";

/** A cell as the fake holds it (value, formula, formats), with where it is. */
export type CellSnapshot = {
  /** 0-based. */
  row: number;
  col: number;
  /** "B7". */
  address: string;
} & Pick<FakeCell, "value" | "formula" | "quotePrefix" | "numberFormat" | "font" | "wrapText" | "horizontalAlignment" | "fill" | "borderBottom">;

export interface SheetSnapshot {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  showGridlines: boolean;
  frozenRows: number;
  /** Column widths in points by 0-based column. */
  columnWidths: [number, number][];
  /** Hidden columns, 0-based, in order. */
  hiddenColumns?: number[];
  /** Row heights in points by 0-based row, for rows given one. */
  rowHeights: [number, number][];
  /** Row by row, then column by column. */
  cells: CellSnapshot[];
  tables: { name: string; range: string; style: string; showTotals: boolean }[];
  charts: FakeChart[];
  pageLayout: FakePageLayout;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: { name: string; sheet: string | null; ref: string; visible?: false }[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  /** context.sync() calls so far: each is a round trip in Excel on the web. */
  syncs: number;
}

export function snapshotWorkbook(book: FakeWorkbook): WorkbookSnapshot {
  return {
    sheets: book.sheets.map((sheet) => {
      const cells: CellSnapshot[] = [];
      for (const [key, cell] of sheet.cells) {
        const hasFormat = cell.numberFormat !== undefined && cell.numberFormat !== "General";
        const hasFont = cell.font !== undefined && Object.keys(cell.font).length > 0;
        if ((cell.value === null || cell.value === "") && !hasFormat && !hasFont && !cell.formula && !cell.fill && !cell.borderBottom) continue;
        const [row, col] = key.split(",").map(Number) as [number, number];
        cells.push({
          row,
          col,
          address: a1(row, col),
          value: sheet.shown(row, col),
          ...(cell.formula !== undefined && { formula: cell.formula }),
          ...(cell.quotePrefix && { quotePrefix: true }),
          ...(hasFormat && { numberFormat: cell.numberFormat }),
          ...(hasFont && { font: { ...cell.font } }),
          ...(cell.wrapText && { wrapText: true }),
          ...(cell.horizontalAlignment && { horizontalAlignment: cell.horizontalAlignment }),
          ...(cell.fill && { fill: cell.fill }),
          ...(cell.borderBottom && { borderBottom: cell.borderBottom }),
        });
      }
      cells.sort((x, y) => x.row - y.row || x.col - y.col);
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        showGridlines: sheet.showGridlines,
        frozenRows: sheet.frozenRows,
        columnWidths: [...sheet.columnWidths.entries()].sort((x, y) => x[0] - y[0]),
        hiddenColumns: [...sheet.hiddenColumns].sort((x, y) => x - y),
        rowHeights: [...sheet.rowHeights.entries()].sort((x, y) => x[0] - y[0]),
        cells,
        tables: book
          .tablesOn(sheet.name)
          .map((t) => ({ name: t.name, range: rectAddress(t.rect), style: t.style, showTotals: t.showTotals })),
        charts: sheet.charts.map((c) => ({ ...c, series: c.series.map((s) => ({ ...s })) })),
        pageLayout: { ...sheet.pageLayout, zoom: { ...sheet.pageLayout.zoom }, margins: { ...sheet.pageLayout.margins } },
      };
    }),
    names: book.names.map((n) => ({ name: n.name, sheet: n.sheet?.name ?? null, ref: n.ref, ...(n.visible ? {} : { visible: false as const }) })),
    activeSheet: book.activeSheet?.name ?? null,
    selection: book.selection ? { ...book.selection } : null,
    syncs: book.syncs,
  };
}

/** The value at "B7" on a sheet snapshot (null when blank). */
export function snapshotValue(sheet: SheetSnapshot, address: string): CellValue {
  return sheet.cells.find((c) => c.address === address.replace(/\$/g, "").toUpperCase())?.value ?? null;
}

/** A sheet's cells as rows of values from A1 to its last used cell ("" where blank). */
export function snapshotRows(sheet: SheetSnapshot): CellValue[][] {
  const bottom = sheet.cells.reduce((m, c) => Math.max(m, c.row), -1);
  const right = sheet.cells.reduce((m, c) => Math.max(m, c.col), -1);
  const rows: CellValue[][] = Array.from({ length: bottom + 1 }, () => new Array<CellValue>(right + 1).fill(""));
  for (const c of sheet.cells) rows[c.row]![c.col] = c.value ?? "";
  return rows;
}
