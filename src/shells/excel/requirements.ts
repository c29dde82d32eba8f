/**
 * Which ExcelApi requirement sets the running Excel has. The manifest asks for 1.9 (Excel 2021,
 * Microsoft 365: no Internet Explorer or Edge Legacy webview, see apps/taskpane/hostCheck.ts); the
 * shell still checks what it uses beyond 1.7 (gridlines 1.8, page layout 1.9, merged areas and
 * Table.resize 1.13, undo groups 1.20), so a sideloaded older Excel degrades rather than fails.
 */

/** Worksheet.showGridlines. */
export const GRIDLINES_API = "1.8";
/** ChartAxis.numberFormat. */
export const CHART_AXIS_FORMAT_API = "1.8";
/** Worksheet.pageLayout: orientation, fit to pages, print area, margins. */
export const PAGE_LAYOUT_API = "1.9";
/** Table.resize: our tables are kept across runs (a user's structured references to them keep working). */
export const TABLE_RESIZE_API = "1.13";

export function excelApiSupported(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}
