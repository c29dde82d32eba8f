/**
 * What the Office.js shell loads, beside a table's values, so that the core reads a workbook in
 * Excel as it reads the same .xlsx file (DESIGN.md: a Grid carries what only a shell can see):
 * - number formats and formulas: `Range.numberFormat`, `Range.formulas` (ExcelApi 1.1), for cells
 *   formatted as a time and rows that add up a column;
 * - hidden rows, by hand or by a filter: the visible view of the range's first column,
 *   `Range.getVisibleView()` and `RangeView.cellAddresses` (ExcelApi 1.3;
 *   https://learn.microsoft.com/javascript/api/excel/excel.rangeview), every row not in it is hidden;
 *   a hidden first column hides nothing of the rows, so its view is not asked (`Range.columnHidden`, 1.2);
 * - merged areas: `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13,
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
 *   above the manifest's 1.7, so only where `isSetSupported("ExcelApi", "1.13")` says so; without
 *   it a merged cell reads as Excel hands it over (its value in the first cell only).
 * All of it is queued in the same request as the values: no extra round trip.
 */
import type { CellValue, Grid, GridCell, GridFormula, GridRect } from "../workbook/grid";
import { parseRangeA1, splitAddress } from "../workbook/address";
import { isTimeFormat } from "../workbook/timeFormat";
import { excelApiSupported } from "./requirements";

/** Range.getMergedAreasOrNullObject. */
export const MERGED_AREAS_API = "1.13";

export interface CellFactsLoad {
  range: Excel.Range;
  firstColumn: Excel.Range;
  visible: Excel.RangeView;
  merged: Excel.RangeAreas | null;
}

/** Queues the facts of a range whose values are loaded in the same request. */
export function queueCellFacts(range: Excel.Range): CellFactsLoad {
  range.load("numberFormat, formulas");
  const firstColumn = range.getColumn(0).load("columnHidden"); // ExcelApi 1.1 / 1.2
  const visible = range.getColumn(0).getVisibleView().load("cellAddresses"); // ExcelApi 1.3
  const merged = excelApiSupported(MERGED_AREAS_API) ? range.getMergedAreasOrNullObject().load("address") : null;
  return { range, firstColumn, visible, merged };
}

type Facts = Pick<Grid, "hiddenRows" | "merges" | "formulas" | "timeCells">;

/** The loaded facts, as indexes into the grid's values (row 0 = the range's first row). */
export function cellFacts(load: CellFactsLoad, rows: number): Facts {
  const { range } = load;
  const top = range.rowIndex;
  const left = range.columnIndex;
  const formulas: GridFormula[] = [];
  const timeCells: GridCell[] = [];
  const texts = range.formulas as unknown[][];
  const formats = range.numberFormat as unknown as (string | null)[][];
  const values = range.values as unknown[][];
  for (let r = 0; r < rows; r++) {
    const f = texts[r] ?? [];
    for (let c = 0; c < f.length; c++) {
      const text = f[c];
      if (typeof text === "string" && text.startsWith("=")) formulas.push({ row: r, col: c, formula: text.slice(1) });
      if (typeof values[r]?.[c] === "number" && isTimeFormat(formats[r]?.[c] ?? null)) timeCells.push({ row: r, col: c });
    }
  }
  const hiddenRows: number[] = [];
  if (!load.firstColumn.columnHidden) {
    const shown = new Set<number>();
    for (const row of load.visible.cellAddresses as unknown as string[][]) {
      const address = row[0];
      if (address) shown.add(parseRangeA1(splitAddress(address).range).top - top);
    }
    for (let r = 0; r < rows; r++) if (!shown.has(r)) hiddenRows.push(r);
  }
  const merges: GridRect[] = [];
  if (load.merged && !load.merged.isNullObject) {
    for (const part of load.merged.address.split(",")) {
      const m = parseRangeA1(splitAddress(part.trim()).range);
      merges.push({ top: m.top - top, left: m.left - left, bottom: m.bottom - top, right: m.right - left });
    }
  }
  return {
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(merges.length ? { merges } : {}),
    ...(formulas.length ? { formulas } : {}),
    ...(timeCells.length ? { timeCells } : {}),
  };
}

/** A sheet's block trimmed to its last non-blank row and column (the core finds the header row). */
export function trimBlank(rows: CellValue[][]): CellValue[][] {
  let right = -1;
  for (const row of rows) for (let c = row.length - 1; c > right; c--) if (row[c] !== null) right = c;
  const out = right < 0 ? [] : rows.map((r) => r.slice(0, right + 1));
  while (out.length > 0 && out[out.length - 1]!.every((v) => v === null)) out.pop();
  return out;
}
