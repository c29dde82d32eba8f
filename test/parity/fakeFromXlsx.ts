/**
 * An .xlsx file → the strict in-memory Excel, holding what real Excel would show the add-in:
 * every sheet, its Excel tables at their ranges (totals rows kept as such), defined names, hidden
 * sheets, formula cells as their cached results. It is the preview's own loader, `workbookInit`.
 */
import { createFakeExcel, installFakeExcel, type FakeExcel } from "../../src/testing/fakeExcel";
import { workbookInit } from "../../src/apps/preview/server/workbookInit";
import { loadWorkbookBytes } from "../../src/shells/xlsx/read/files";

/** The fake, installed as the `Excel` / `Office` globals the task pane's service uses. */
export async function fakeExcelFromXlsx(bytes: Buffer, excelApi?: string): Promise<FakeExcel> {
  const fake = createFakeExcel(workbookInit(await loadWorkbookBytes(bytes)), excelApi ? { excelApi } : {});
  installFakeExcel(fake);
  return fake;
}
