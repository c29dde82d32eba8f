/**
 * What one of our sheets holds, cell by cell, ready to be written as worksheet XML: values with
 * their looks, Excel tables, charts with the cells their series read, and the sheet's settings.
 * Built from a SheetSpec here (the command line) or from the in-memory Excel (the preview's
 * download), so both write the same kind of sheet through the same writer.
 */
import type { CellValue } from "../../../core/workbook/grid";
import type { Block, ChartType, HorizontalAlign, NamedCell, PrintSetup, SheetSpec } from "../../../core/report/sheetPlan";
import { BLOCK_FONTS, type BlockFont } from "../../../core/report/layout/blockFonts";
import { cellFormat, wrapAlignment } from "../../../core/report/layout/blockCells";
import { seriesLook, valueAxisFormat, type SeriesLook } from "../../../core/report/layout/chartLooks";
import { parseA1, parseRangeA1 } from "../../../core/workbook/address";

/** How a cell looks. The font is Calibri 11 with these changes (as the plans measure text). */
export interface CellStyle {
  numFmt: string | null;
  font: BlockFont;
  wrap: "top" | "bottom" | null;
  horizontal: HorizontalAlign | null;
  /** #RRGGBB background (absent: none). */
  fill?: string;
  /** #RRGGBB of a thin bottom border (absent: none). */
  rule?: string;
}

/** The styles our sheets use, each once; cells name them by index. */
export class StylePalette {
  readonly styles: CellStyle[] = [];
  private readonly ids = new Map<string, number>();

  id(style: CellStyle): number {
    const f = style.font;
    const key = `${style.numFmt}\u0000${f.bold ?? ""}|${f.italic ?? ""}|${f.size ?? ""}|${f.color ?? ""}\u0000${style.wrap}\u0000${style.horizontal}\u0000${style.fill ?? ""}|${style.rule ?? ""}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.ids.set(key, id);
    }
    return id;
  }
}

/** One row's cells, left to right: parallel arrays (a 50,000-client table is 850,000 cells). */
export interface RowContent {
  cols: number[];
  values: CellValue[];
  styles: number[];
}

export interface TableContent {
  /** The name asked for; the writer makes it unique in the workbook. */
  name: string;
  /** 0-based corners, header row included. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  columns: string[];
  style: string;
}

/** A range's cells as a chart reads them: its address on our sheet and the values it caches. */
export interface ChartData<T> {
  /** 0-based corners of a one-column (or one-cell) range. */
  top: number;
  col: number;
  bottom: number;
  values: T[];
  /** The number format the values are shown with (value axes use the source's). */
  numFmt?: string | null;
}

export interface ChartContent {
  /** The chart's name (the add-in names its charts by ChartSpec.id). */
  name: string;
  type: ChartType;
  title: string;
  xAxisTitle?: string;
  yAxisTitle?: string;
  categories: ChartData<CellValue>;
  /** Each series' name, the cell it is read from (its column's header), its values and its own colour (null: the theme's). */
  series: { name: string; nameAt: { row: number; col: number } | null; values: ChartData<number | null>; look: SeriesLook | null }[];
  /** The value axis' number format (null: its values' own). */
  valueFormat: string | null;
  /** 0-based cells the chart covers, both corners included. */
  placeAt: { top: number; left: number; bottom: number; right: number };
}

export interface SheetContent {
  name: string;
  rows: Map<number, RowContent>;
  tables: TableContent[];
  charts: ChartContent[];
  /** Width of each column from A in Excel character units (null = the sheet's default). */
  columnWidths: (number | null)[];
  hiddenColumns: number[];
  rowHeights: { row: number; height: number }[];
  freezeRows?: number;
  showGridlines: boolean;
  /** #RRGGBB. */
  tabColor?: string;
  state?: "visible" | "hidden" | "veryHidden";
  print?: PrintSetup;
  /** Workbook names of cells on this sheet (SheetSpec.namedCells). */
  namedCells: NamedCell[];
}

const PLAIN: BlockFont = {};

/** The SheetSpec's blocks laid out in cells, its charts resolved to the cells they read. */
export function contentFromPlan(spec: SheetSpec, palette: StylePalette): SheetContent {
  const rows = new Map<number, RowContent>();
  const tables: TableContent[] = [];
  for (const block of spec.blocks) {
    if (block.values.length === 0) continue;
    const { row: top, col: left } = parseA1(block.at);
    const values = tableValues(block);
    const rowStyles = blockStyles(block, palette);
    values.forEach((cells, i) => {
      let row = rows.get(top + i);
      if (!row) rows.set(top + i, (row = { cols: [], values: [], styles: [] }));
      const styles = rowStyles(i);
      for (let j = 0; j < cells.length; j++) {
        row.cols.push(left + j);
        row.values.push(cells[j] ?? null);
        row.styles.push(styles[j]!);
      }
    });
    if (block.table) {
      const width = block.values[0]!.length;
      tables.push({
        name: block.table.name,
        top,
        left,
        bottom: top + values.length - 1,
        right: left + width - 1,
        columns: values[0]!.map((h) => String(h)),
        style: block.table.style ?? "TableStyleMedium2",
      });
    }
  }
  // Blocks side by side (KPI labels and values) share rows: cells go left to right.
  for (const row of rows.values()) sortRow(row);
  return {
    name: spec.name,
    rows,
    tables,
    charts: spec.charts.flatMap((c) => {
      const chart = chartFromPlan(c, spec.blocks);
      return chart ? [chart] : [];
    }),
    columnWidths: spec.columnWidths ?? [],
    hiddenColumns: spec.hiddenColumns ?? [],
    rowHeights: spec.rowHeights ?? [],
    ...(spec.freezeRows ? { freezeRows: spec.freezeRows } : {}),
    showGridlines: spec.showGridlines ?? true,
    ...(spec.tabColor ? { tabColor: spec.tabColor } : {}),
    ...(spec.print ? { print: spec.print } : {}),
    namedCells: spec.namedCells ?? [],
  };
}

/**
 * A table block's values as the table holds them: unique, non-empty header text (Excel repairs a
 * table with a blank or repeated header) and at least one data row (Excel rejects a header-only table).
 */
function tableValues(block: Block): CellValue[][] {
  if (!block.table) return block.values;
  const [header, ...data] = block.values as [CellValue[], ...CellValue[][]];
  const seen = new Set<string>();
  const names = header.map((h, j) => {
    const text = h === null ? "" : String(h).trim();
    let name = text === "" ? `Column${j + 1}` : text;
    for (let n = 2; seen.has(name.toLocaleLowerCase()); n++) name = `${text || `Column${j + 1}`}${n}`;
    seen.add(name.toLocaleLowerCase());
    return name;
  });
  return [names, ...(data.length > 0 ? data : [new Array<CellValue>(header.length).fill(null)])];
}

/** Style ids for row i of a block; the data rows of a table without per-cell formats share one array. */
function blockStyles(block: Block, palette: StylePalette): (i: number) => number[] {
  const width = block.values[0]?.length ?? 0;
  const font = (i: number): BlockFont => block.rowLooks?.[i] ?? (block.table ? PLAIN : (block.style && BLOCK_FONTS[block.style]) || PLAIN);
  const styles = (i: number) => {
    const look = block.rowLooks?.[i];
    const paint = { ...(look?.fill ? { fill: look.fill } : {}), ...(look?.rule ? { rule: look.rule } : {}) };
    return Array.from({ length: width }, (_, j) =>
      palette.id({ numFmt: cellFormat(block, i, j), font: fontOnly(font(i)), wrap: wrapAlignment(block, i), horizontal: block.columnAlign?.[j] ?? null, ...paint }),
    );
  };
  const shared = block.table && !block.cellFormats && !block.rowLooks ? styles(1) : null;
  return (i) => (shared && i > 0 ? shared : styles(i));
}

/** The font settings of a look (its fill and rule are the cell's, not the font's). */
function fontOnly(look: BlockFont & { fill?: string; rule?: string }): BlockFont {
  const { fill: _fill, rule: _rule, ...font } = look;
  return font;
}

function sortRow(row: RowContent): void {
  let sorted = true;
  for (let k = 1; k < row.cols.length && sorted; k++) sorted = row.cols[k - 1]! < row.cols[k]!;
  if (sorted) return;
  const order = row.cols.map((_, k) => k).sort((a, b) => row.cols[a]! - row.cols[b]!);
  // A later block over the same cell wins, as it would in Excel.
  const last = new Map<number, number>();
  order.forEach((k) => last.set(row.cols[k]!, k));
  const keep = [...last.values()].sort((a, b) => row.cols[a]! - row.cols[b]!);
  row.cols = keep.map((k) => row.cols[k]!);
  row.values = keep.map((k) => row.values[k]!);
  row.styles = keep.map((k) => row.styles[k]!);
}

/** The chart over its source block's data rows, as the add-in draws it (src/shells/excel/writeChart.ts); null when it has nothing to draw. */
function chartFromPlan(spec: SheetSpec["charts"][number], blocks: readonly Block[]): ChartContent | null {
  const source = blocks.find((b) => b.id === spec.sourceBlock);
  if (!source || spec.seriesColumns.length === 0 || source.values.length < 2) return null;
  const { row: top, col: left } = parseA1(source.at);
  const bottom = top + source.values.length - 1;
  const data = source.values.slice(1);
  const column = <T>(j: number, as: (v: CellValue) => T): ChartData<T> => ({
    top: top + 1,
    col: left + j,
    bottom,
    values: data.map((r) => as(r[j] ?? null)),
    numFmt: cellFormat(source, 1, j),
  });
  return {
    name: spec.id,
    type: spec.type,
    title: spec.title,
    ...(spec.xAxisTitle ? { xAxisTitle: spec.xAxisTitle } : {}),
    ...(spec.yAxisTitle ? { yAxisTitle: spec.yAxisTitle } : {}),
    categories: column(spec.categoryColumn, (v) => v),
    series: spec.seriesColumns.map((j, k) => ({
      name: String(source.values[0]?.[j] ?? `Series ${j + 1}`),
      nameAt: { row: top, col: left + j },
      values: column(j, (v) => (typeof v === "number" && Number.isFinite(v) ? v : null)),
      look: seriesLook(spec, k),
    })),
    valueFormat: valueAxisFormat(spec, blocks),
    placeAt: parseRangeA1(spec.placeAt),
  };
}
