/**
 * Which ExcelApi requirement sets the running Excel has. The add-in needs 1.7 (the manifest asks
 * for it); gridlines (1.8) and page layout (1.9) are used only where present.
 */

/** Worksheet.showGridlines. */
export const GRIDLINES_API = "1.8";
/** Worksheet.pageLayout: orientation, fit to pages, print area, margins. */
export const PAGE_LAYOUT_API = "1.9";
/** Table.resize: our tables are kept across runs (a user's structured references to them keep working). */
export const TABLE_RESIZE_API = "1.13";

export function excelApiSupported(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}
