/**
 * What the Office.js shell loads, beside a block's values, so that the core reads a workbook in
 * Excel as it reads the same .xlsx file (DESIGN.md: a Grid carries what only a shell can see):
 * - number formats and formulas: `Range.numberFormat`, `Range.formulas` (ExcelApi 1.1), for cells
 *   formatted as a time and rows that add up a column;
 * - hidden rows, by hand or by a filter: the visible view of the block's first column,
 *   `Range.getVisibleView()` and `RangeView.cellAddresses` (ExcelApi 1.3;
 *   https://learn.microsoft.com/javascript/api/excel/excel.rangeview), every row not in it is hidden;
 *   a hidden first column hides nothing of the rows, so its view is not asked (`Range.columnHidden`, 1.2);
 * - merged areas: `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13,
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
 *   above the manifest's 1.7, so only where `isSetSupported("ExcelApi", "1.13")` says so; without
 *   it a merged cell reads as Excel hands it over (its value in the first cell only).
 * All of it is queued in the same request as the block's values, block by block (readChunks.ts):
 * "If a range contains a large number of cells, values, number formats, or formulas ... run
 * separate read operations for smaller subsets" (Read or write to a large range using the Excel
 * JavaScript API), and a visible view of a big filtered range fails intermittently
 * (OfficeDev/office-js#4263), so each view is of one block's first column only.
 * Facts are gathered in sheet coordinates (FoundFacts) and handed to the Grid relative to its origin.
 */
import type { CellValue, Grid, GridCell, GridFormula, GridRect } from "../../core/workbook/grid";
import { parseRangeA1, splitAddress } from "../../core/workbook/address";
import { isTimeFormat } from "../../core/workbook/timeFormat";
import { rangeValues } from "./cellInput";
import { excelApiSupported } from "./requirements";

/** Range.getMergedAreasOrNullObject. */
export const MERGED_AREAS_API = "1.13";

export interface CellFactsLoad {
  range: Excel.Range;
  /** Absent for a block that only widens rows read before (their hidden rows are known). */
  firstColumn?: Excel.Range;
  visible?: Excel.RangeView;
  merged: Excel.RangeAreas | null;
}

/** Queues a block's values and facts; `withRows`: also which of its rows are hidden. */
export function queueCells(range: Excel.Range, withRows: boolean): CellFactsLoad {
  range.load("values, numberFormat, formulas");
  const merged = excelApiSupported(MERGED_AREAS_API) ? range.getMergedAreasOrNullObject().load("address") : null;
  if (!withRows) return { range, merged };
  const firstColumn = range.getColumn(0).load("columnHidden"); // ExcelApi 1.1 / 1.2
  const visible = range.getColumn(0).getVisibleView().load("cellAddresses"); // ExcelApi 1.3
  return { range, firstColumn, visible, merged };
}

type Facts = Pick<Grid, "hiddenRows" | "merges" | "formulas" | "timeCells">;

/** The facts of every block of one input, in sheet coordinates (0-based). */
export class FoundFacts {
  private readonly hidden = new Set<number>();
  private readonly merges = new Map<string, GridRect>();
  private readonly formulas: GridFormula[] = [];
  private readonly timeCells: GridCell[] = [];

  /** A loaded block whose top-left cell is (top, left) on the sheet; returns its values. */
  take(load: CellFactsLoad, top: number, left: number): CellValue[][] {
    const { range } = load;
    const values = rangeValues(range);
    const texts = range.formulas as unknown[][];
    const formats = range.numberFormat as unknown as (string | null)[][];
    values.forEach((row, r) => {
      const f = texts[r] ?? [];
      row.forEach((value, c) => {
        const text = f[c];
        if (typeof text === "string" && text.startsWith("=")) this.formulas.push({ row: top + r, col: left + c, formula: text.slice(1) });
        if (typeof value === "number" && isTimeFormat(formats[r]?.[c] ?? null)) this.timeCells.push({ row: top + r, col: left + c });
      });
    });
    if (load.visible && load.firstColumn && !load.firstColumn.columnHidden) {
      const shown = new Set<number>();
      for (const row of load.visible.cellAddresses as unknown as string[][]) {
        const address = row[0];
        if (address) shown.add(parseRangeA1(splitAddress(address).range).top);
      }
      for (let r = top; r < top + values.length; r++) if (!shown.has(r)) this.hidden.add(r);
    }
    if (load.merged && !load.merged.isNullObject) {
      // Areas are separated by the locale's list separator: "," or ";" (German Excel; OfficeDev/office-js#1167, #1985).
      for (const part of load.merged.address.split(/[,;]/)) {
        const m = parseRangeA1(splitAddress(part.trim()).range);
        this.merges.set(`${m.top},${m.left},${m.bottom},${m.right}`, { top: m.top, left: m.left, bottom: m.bottom, right: m.right });
      }
    }
    return values;
  }

  /** Merged areas relative to `origin`, for telling the header row before the grid is whole. */
  mergesFrom(origin: { row: number; col: number }): GridRect[] {
    return [...this.merges.values()].map((m) => ({ top: m.top - origin.row, left: m.left - origin.col, bottom: m.bottom - origin.row, right: m.right - origin.col }));
  }

  /** The facts of a grid of `rows` × `cols` whose values[0][0] is at `origin`. */
  forGrid(origin: { row: number; col: number }, rows: number, cols: number): Facts {
    const inside = (c: GridCell) => c.row >= 0 && c.row < rows && c.col >= 0 && c.col < cols;
    const byCell = (a: GridCell, b: GridCell) => a.row - b.row || a.col - b.col;
    const shift = <T extends GridCell>(c: T): T => ({ ...c, row: c.row - origin.row, col: c.col - origin.col });
    const hiddenRows = [...this.hidden].map((r) => r - origin.row).filter((r) => r >= 0 && r < rows).sort((a, b) => a - b);
    const merges = this.mergesFrom(origin).filter((m) => m.bottom >= 0 && m.top < rows && m.right >= 0 && m.left < cols).sort(byRect);
    const formulas = this.formulas.map(shift).filter(inside).sort(byCell);
    const timeCells = this.timeCells.map(shift).filter(inside).sort(byCell);
    return {
      ...(hiddenRows.length ? { hiddenRows } : {}),
      ...(merges.length ? { merges } : {}),
      ...(formulas.length ? { formulas } : {}),
      ...(timeCells.length ? { timeCells } : {}),
    };
  }
}

function byRect(a: GridRect, b: GridRect): number {
  return a.top - b.top || a.left - b.left;
}

/** A sheet's block trimmed to its last non-blank row and column (the core finds the header row). */
export function trimBlank(rows: CellValue[][]): CellValue[][] {
  let right = -1;
  for (const row of rows) for (let c = row.length - 1; c > right; c--) if (row[c] !== null && row[c] !== undefined) right = c;
  const out = right < 0 ? [] : rows.map((r) => Array.from({ length: right + 1 }, (_, j) => r[j] ?? null));
  while (out.length > 0 && out[out.length - 1]!.every((v) => v === null)) out.pop();
  return out;
}
