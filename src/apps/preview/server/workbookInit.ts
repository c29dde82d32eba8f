/**
 * An .xlsx workbook (read by the project's ExcelJS shell) → the sheets of values, Excel tables and
 * defined names the in-memory Excel starts from. Every sheet comes along, not only the input tables:
 * the pane must see a sheet named like its own, and our ownership markers, exactly as Excel would.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../../core/workbook/grid";
import { rangeA1, splitAddress } from "../../../core/workbook/address";
import { readCell } from "../../../shells/xlsx/read/cells";
import { sheetTables } from "../../../shells/xlsx/tables";
import type { FakeSheetInit, FakeWorkbookInit } from "../../../testing/fakeExcel";

const VISIBILITY: Record<string, FakeSheetInit["visibility"]> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

export function workbookInit(workbook: ExcelJS.Workbook): FakeWorkbookInit {
  const sheets = workbook.worksheets.map((ws): FakeSheetInit => ({
    name: ws.name,
    visibility: VISIBILITY[ws.state] ?? "Visible",
    values: sheetValues(ws),
    ...cellFacts(ws),
    tables: sheetTables(ws).map((t) => ({
      name: t.model.name,
      range: rangeA1(t.range.top, t.range.left, t.range.bottom, t.range.right),
      showTotals: Boolean(t.model.totalsRow),
    })),
  }));
  if (sheets.length === 0) sheets.push({ name: "Sheet1" });
  return { sheets, names: definedNames(workbook) };
}

/** What Excel would show the add-in beside the values (issue 8): hidden rows, merged areas, formulas, time formats. */
function cellFacts(ws: ExcelJS.Worksheet): Pick<FakeSheetInit, "hiddenRows" | "merges" | "formulas" | "numberFormats"> {
  const hiddenRows: number[] = [];
  const formulas: Record<string, string> = {};
  const numberFormats: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r - 1);
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Formula && cell.formula) formulas[cell.address] = `=${cell.formula}`;
      if (cell.numFmt && cell.numFmt !== "General") numberFormats[cell.address] = cell.numFmt;
    });
  });
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
  return { hiddenRows, merges, formulas, numberFormats };
}

/** Values from A1 to the last cell that holds one; a merged area's value sits in its first cell only. */
function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const found: { row: number; col: number; value: CellValue }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      // readCell: a formula's cached result (cell.value drops a cached 0).
      const value = readCell(cell);
      if (value !== null && value !== "") found.push({ row: r - 1, col: c - 1, value });
    });
  });
  const bottom = found.reduce((m, f) => Math.max(m, f.row), -1);
  const right = found.reduce((m, f) => Math.max(m, f.col), -1);
  const values: CellValue[][] = Array.from({ length: bottom + 1 }, () => new Array<CellValue>(right + 1).fill(null));
  for (const f of found) values[f.row]![f.col] = f.value;
  return values;
}

/** Workbook names that refer to one range on one sheet ("'Pricing Results'!$A$1"); Excel's own (_xlnm.*) are left out. */
function definedNames(workbook: ExcelJS.Workbook): NonNullable<FakeWorkbookInit["names"]> {
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const names: NonNullable<FakeWorkbookInit["names"]> = [];
  for (const { name, ranges } of model) {
    if (name.startsWith("_xlnm.") || ranges.length !== 1) continue;
    const { sheet, range } = splitAddress(ranges[0]!);
    if (!sheet || !workbook.worksheets.some((ws) => ws.name === sheet)) continue;
    names.push({ name, sheet, range });
  }
  return names;
}
