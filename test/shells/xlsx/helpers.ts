/** Workbooks for the shell tests, built with ExcelJS and always read back from .xlsx bytes. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../../../src/core/workbook/grid";
import { loadWorkbookBytes, workbookBytes } from "../../../src/shells/xlsx/read/files";
import { applyPlan } from "../../../src/shells/xlsx/write/applyPlan";
import { planSampleModel } from "../../../src/core/report/sheets/planSample";

export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(await workbookBytes(workbook));
}

export async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, planSampleModel());
  return roundTrip(workbook);
}

/** A plain sheet: the header in row 1, rows below. */
export function addSheet(workbook: ExcelJS.Workbook, name: string, header: CellValue[], rows: CellValue[][]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return ws;
}

/** An Excel table (ListObject) at `ref` on a sheet. */
export function addTable(
  workbook: ExcelJS.Workbook,
  sheet: string,
  name: string,
  ref: string,
  header: string[],
  rows: CellValue[][],
  totalsRow = false,
): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(sheet) ?? workbook.addWorksheet(sheet);
  ws.addTable({
    name,
    ref,
    headerRow: true,
    totalsRow,
    columns: header.map((h, j) => (j === 0 && totalsRow ? { name: h, totalsRowLabel: "Total" } : { name: h, totalsRowFunction: totalsRow ? "sum" : "none" })),
    rows,
  });
  return ws;
}

/**
 * Rewrite every table part the way Excel itself saves tables: no headerRowCount attribute
 * (its default is 1), totalsRowShown="0", and optionally no autoFilter element.
 */
export async function asExcelSavesTables(bytes: Buffer, dropAutoFilter = false): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((f) => f.startsWith("xl/tables/") && !zip.files[f].dir)) {
    let xml = await zip.file(name)!.async("string");
    xml = xml.replace(/ headerRowCount="1"/, "").replace(/ totalsRowShown="1"/, ' totalsRowShown="0"');
    if (dropAutoFilter) xml = xml.replace(/<autoFilter[^>]*\/>|<autoFilter[\s\S]*?<\/autoFilter>/, "");
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

export async function zipText(bytes: Buffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(part)!.async("string");
}

export async function zipParts(bytes: Buffer, prefix: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files).filter((f) => f.startsWith(prefix) && !zip.files[f].dir);
}

/** Every cell of a sheet as [address, plain value] pairs. */
export function sheetCells(ws: ExcelJS.Worksheet): [string, unknown][] {
  const cells: [string, unknown][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells.push([cell.address, cell.value]);
    });
  });
  return cells;
}
