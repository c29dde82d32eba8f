/**
 * The preview's download: what Excel would hold after the add-in ran, written by the command
 * line's writer (src/shells/xlsx/write/addSheets.ts) on top of the file the preview started from. A sheet the
 * pane did not change keeps every byte it had in that file; a changed input sheet with the same
 * tables and charts gets only its changed values (What-if's Apply to workbook, src/shells/xlsx/write/patchCells.ts);
 * a new or rebuilt sheet is written whole from the in-memory workbook, its charts as chart parts.
 */
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../../testing/fakeExcel/snapshot";
import type { FakeChart } from "../../../testing/fakeExcel/state";
import { parseRect } from "../../../testing/fakeExcel/state";
import type { ChartType, PrintSetup } from "../../../core/report/sheetPlan";
import { ownershipName } from "../../../core/report/outputs/names";
import { sameName } from "../../../core/report/outputs/ownership";
import type { CellValue } from "../../../core/workbook/grid";
import { parseA1, splitAddress } from "../../../core/workbook/address";
import { addSheets } from "../../../shells/xlsx/write/addSheets";
import { blankWorkbook } from "../../../shells/xlsx/write/blankWorkbook";
import { patchCells, type CellChange } from "../../../shells/xlsx/write/patchCells";
import { StylePalette, type ChartContent, type ChartData, type RowContent, type SheetContent } from "../../../shells/xlsx/write/sheetContent";

const VISIBILITY: Record<SheetSnapshot["visibility"], SheetContent["state"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

const HORIZONTAL: Record<string, "left" | "center" | "right"> = { Left: "left", Center: "center", Right: "right" };

const DASHES: Record<string, "solid" | "dash" | "dot"> = { Continuous: "solid", Dash: "dash", RoundDot: "dot", Dot: "dot" };

const CHART_TYPES: Record<string, ChartType> = {
  ColumnClustered: "columnClustered",
  BarClustered: "barClustered",
  Line: "line",
  LineMarkers: "lineMarkers",
};

export async function writePreviewWorkbook(
  original: Buffer | null,
  initial: WorkbookSnapshot,
  final: WorkbookSnapshot,
): Promise<Buffer> {
  const patches = new Map<string, CellChange[]>();
  const palette = new StylePalette();
  const rebuilt: SheetContent[] = [];
  for (const sheet of final.sheets) {
    const before = initial.sheets.find((s) => s.name === sheet.name);
    if (original && before && sameStructure(before, sheet)) {
      patches.set(sheet.name, changedCells(before, sheet));
    } else if (original || sheet.cells.length > 0 || !before) {
      rebuilt.push(contentFromSnapshot(sheet, final, palette));
    }
  }
  const base = await patchCells(original ?? (await blankWorkbook()), patches);
  const active = final.activeSheet ?? undefined;
  return (await addSheets(base, rebuilt, palette, active ? { activate: active } : {})).bytes;
}

/** Same tables (with the same headers) and charts: only cells and sheet settings can differ. */
function sameStructure(a: SheetSnapshot, b: SheetSnapshot): boolean {
  const headers = (s: SheetSnapshot) =>
    s.tables.map((t) => {
      const r = parseRect(t.range);
      return s.cells.filter((c) => c.row === r.top && c.col >= r.left && c.col <= r.right).map((c) => c.value);
    });
  return JSON.stringify([a.tables, a.charts, headers(a)]) === JSON.stringify([b.tables, b.charts, headers(b)]);
}

/** Cells whose value changed (formats of the user's cells are theirs: the add-in writes values only). */
function changedCells(before: SheetSnapshot, after: SheetSnapshot): CellChange[] {
  const old = new Map(before.cells.map((c) => [c.address, c]));
  const now = new Map(after.cells.map((c) => [c.address, c]));
  const changes: CellChange[] = [];
  for (const address of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(address);
    const b = now.get(address);
    if (JSON.stringify([a?.value ?? null, a?.formula]) === JSON.stringify([b?.value ?? null, b?.formula])) continue;
    const { row, col } = parseA1(address);
    changes.push({ row, col, value: valueOf(b) });
  }
  return changes;
}

/** A sheet of the in-memory workbook as the writer takes it. */
function contentFromSnapshot(sheet: SheetSnapshot, book: WorkbookSnapshot, palette: StylePalette): SheetContent {
  const rows = new Map<number, RowContent>();
  for (const c of sheet.cells) {
    let row = rows.get(c.row);
    if (!row) rows.set(c.row, (row = { cols: [], values: [], styles: [] }));
    row.cols.push(c.col);
    row.values.push(valueOf(c));
    row.styles.push(
      palette.id({
        numFmt: c.numberFormat && c.numberFormat !== "General" ? c.numberFormat : null,
        font: { ...c.font },
        wrap: c.wrapText ? "top" : null,
        horizontal: HORIZONTAL[c.horizontalAlignment ?? ""] ?? null,
        ...(c.fill ? { fill: c.fill } : {}),
        ...(c.borderBottom ? { rule: c.borderBottom } : {}),
      }),
    );
  }
  const marker = ownershipName(sheet.name);
  return {
    name: sheet.name,
    rows,
    tables: sheet.tables.map((t) => {
      const r = parseRect(t.range);
      const header = sheet.cells.filter((c) => c.row === r.top && c.col >= r.left && c.col <= r.right);
      return {
        name: t.name,
        ...r,
        columns: Array.from({ length: r.right - r.left + 1 }, (_, j) => {
          const h = header.find((c) => c.col === r.left + j)?.value;
          return h === null || h === undefined || h === "" ? `Column${j + 1}` : String(h);
        }),
        style: t.style,
      };
    }),
    charts: sheet.charts.flatMap((c) => {
      const chart = chartFromSnapshot(c, sheet);
      return chart ? [chart] : [];
    }),
    columnWidths: widths(sheet),
    hiddenColumns: sheet.hiddenColumns ?? [],
    rowHeights: (sheet.rowHeights ?? []).map(([row, height]) => ({ row: row + 1, height })),
    ...(sheet.frozenRows ? { freezeRows: sheet.frozenRows } : {}),
    showGridlines: sheet.showGridlines,
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
    state: VISIBILITY[sheet.visibility],
    ...(printSetup(sheet) ? { print: printSetup(sheet)! } : {}),
    // The names the pane gave cells of this sheet (besides our marker, which the writer adds itself).
    namedCells: book.names
      .filter((n) => n.sheet === sheet.name && !(marker && sameName(n.name, marker)) && /^\$?[A-Z]+\$?\d+$/i.test(n.ref))
      .map((n) => ({ name: n.name, at: n.ref.replace(/\$/g, "") })),
  };
}

/** A formula in the model is a write the add-in should never make: the file shows it as its text. */
function valueOf(c: CellSnapshot | undefined): CellValue {
  if (!c) return null;
  return c.formula ?? c.value;
}

/** Office.js sets widths in points; Excel's unit is a "0" in Calibri 11: 7 px plus 5 px of padding. */
function widths(sheet: SheetSnapshot): (number | null)[] {
  const out: (number | null)[] = [];
  for (const [col, points] of sheet.columnWidths) {
    while (out.length < col) out.push(null);
    out[col] = Math.max(0, Math.round((((points * 4) / 3 - 5) / 7) * 100) / 100);
  }
  return out;
}

const POINTS_PER_INCH = 72;

function printSetup(sheet: SheetSnapshot): PrintSetup | null {
  const layout = sheet.pageLayout;
  if (!layout.printArea) return null;
  return {
    orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
    fitToPages: { wide: layout.zoom.horizontalFitToPages ?? 0, tall: layout.zoom.verticalFitToPages ?? 0 },
    printArea: splitAddress(layout.printArea).range,
    centerHorizontally: layout.centerHorizontally,
    margins: {
      top: layout.margins.top / POINTS_PER_INCH,
      bottom: layout.margins.bottom / POINTS_PER_INCH,
      left: layout.margins.left / POINTS_PER_INCH,
      right: layout.margins.right / POINTS_PER_INCH,
    },
  };
}

/** The chart the pane added, its series reading the ranges it gave them, with their values cached. */
function chartFromSnapshot(chart: FakeChart, sheet: SheetSnapshot): ChartContent | null {
  const type = CHART_TYPES[chart.type];
  if (!type || !chart.position || chart.series.length === 0) return null;
  const cell = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c.value]));
  const data = <T>(range: string, as: (v: CellValue) => T): ChartData<T> | null => {
    const { sheet: on, range: cells } = splitAddress(range);
    if (on !== null && !sameName(on, sheet.name)) return null;
    const r = parseRect(cells);
    const values: T[] = [];
    for (let row = r.top; row <= r.bottom; row++) values.push(as(cell.get(`${row},${r.left}`) ?? null));
    const format = sheet.cells.find((c) => c.row === r.top && c.col === r.left)?.numberFormat ?? null;
    return { top: r.top, col: r.left, bottom: r.bottom, values, numFmt: format };
  };
  const first = chart.series[0]!;
  const categories = first.xValues ? data(first.xValues, (v) => v) : null;
  const series = chart.series.flatMap((s) => {
    const values = s.values ? data(s.values, (v) => (typeof v === "number" ? v : null)) : null;
    if (!values) return [];
    const header = cell.get(`${values.top - 1},${values.col}`);
    // The colour the pane gave the series (fill for bars, line for lines), as the writer draws it.
    const color = s.fill ?? s.line?.color ?? null;
    const look = color
      ? { color, dash: DASHES[s.line?.lineStyle ?? ""] ?? ("solid" as const), lineWeight: s.line?.weight ?? (chart.type.startsWith("Line") ? 2.25 : 0.75) }
      : null;
    return [{ name: s.name, nameAt: header === s.name ? { row: values.top - 1, col: values.col } : null, values, look }];
  });
  if (!categories || series.length === 0) return null;
  return {
    name: chart.name,
    type,
    title: chart.title,
    ...(chart.categoryAxisTitle ? { xAxisTitle: chart.categoryAxisTitle } : {}),
    ...(chart.valueAxisTitle ? { yAxisTitle: chart.valueAxisTitle } : {}),
    categories,
    series,
    valueFormat: chart.valueAxisNumberFormat ?? null,
    placeAt: parseRect(chart.position),
  };
}
