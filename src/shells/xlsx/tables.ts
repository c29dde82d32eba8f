/**
 * Excel tables (ListObjects) as ExcelJS 4.4 holds them. Read from a file, a table is only its
 * model (name, tableRef, columns): `table.rows` is undefined and the cells stay on the sheet.
 * ExcelJS also misreads two attributes Excel usually omits: a missing headerRowCount (default 1)
 * becomes "no header row", and a missing autoFilter is written back as an empty one; both make
 * Excel "repair" the file. `repairLoadedTables` puts them right before anything is written.
 */
import type ExcelJS from "exceljs";
import { a1, parseRangeA1 } from "../../core/workbook/address";
import { findRow } from "./read/cells";

export interface TableModel {
  name: string;
  displayName?: string;
  /** Whole table, header and totals rows included: "A1:H26". */
  tableRef?: string;
  /** Top-left cell, for tables made with addTable. */
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name: string; filterButton?: boolean }[];
  /** tableStyleInfo; null when the file has none (LibreOffice writes none). */
  style?: { theme?: string | null; showFirstColumn?: boolean; showLastColumn?: boolean; showRowStripes?: boolean; showColumnStripes?: boolean } | null;
}

export interface SheetTable {
  model: TableModel;
  /** 0-based corners of the whole table. */
  range: { top: number; left: number; bottom: number; right: number };
}

/** The tables on a sheet, with their ranges (tables without a readable range are skipped). */
export function sheetTables(ws: ExcelJS.Worksheet): SheetTable[] {
  const found: SheetTable[] = [];
  for (const table of ws.getTables() as unknown as { table?: TableModel; model?: TableModel }[]) {
    const model = table.table ?? table.model;
    const ref = model?.tableRef;
    if (!model || typeof model.name !== "string" || !ref) continue;
    try {
      found.push({ model, range: parseRangeA1(ref) });
    } catch {
      // a table whose ref we cannot read is no input table of ours
    }
  }
  return found;
}

/**
 * Make tables loaded from a file write back as Excel wrote them: a header row (Excel's default),
 * an autoFilter over header and data, filter buttons shown unless hidden, and one column per cell
 * of the header row.
 */
export function repairLoadedTables(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    for (const { model, range } of sheetTables(ws)) {
      model.headerRow = true;
      // A table without tableStyleInfo (LibreOffice writes none) loads with style null, and ExcelJS
      // then fails writing it: "Cannot read properties of null (reading 'theme')"
      // (lib/xlsx/xform/table/table-style-info-xform.js, render). No style is what the file said.
      model.style ??= { theme: null, showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
      const dataBottom = range.bottom - (model.totalsRow ? 1 : 0);
      const hadFilter = Boolean(model.autoFilterRef);
      if (!hadFilter) {
        // Excel drops the autoFilter when the filter buttons are switched off: keep them off.
        model.autoFilterRef = `${a1(range.top, range.left)}:${a1(dataBottom, range.right)}`;
      }
      const width = range.right - range.left + 1;
      if (!Array.isArray(model.columns) || model.columns.length !== width) {
        const header = findRow(ws, range.top + 1);
        const old = model.columns ?? [];
        model.columns = Array.from({ length: width }, (_, j) => {
          const text = header?.findCell(range.left + j + 1)?.text;
          return old[j] ?? { name: text && text.trim() !== "" ? text : `Column${j + 1}` };
        });
      }
      // A button Excel did not mention is shown (ExcelJS would write it back as hidden).
      if (hadFilter) for (const column of model.columns) column.filterButton ??= true;
    }
  }
}
