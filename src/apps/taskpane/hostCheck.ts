/**
 * Where the pane cannot run, a plain sentence instead of a blank pane. The manifest asks for
 * ExcelApi 1.9 (Excel 2021, Microsoft 365, Excel on the web, on the Mac and on the iPad): Office
 * 2016 and 2019 stop at 1.8 and run add-ins in Internet Explorer's or Edge Legacy's webview, whose
 * engines cannot run this pane's JavaScript ("Support older Microsoft webviews and Office
 * versions" recommends a graceful failure message there; taskpane.html shows it before any of
 * our JavaScript loads). Outside Excel (the pane opened in Word, or in a browser) the user is told
 * to open it in Excel.
 */

/**
 * The least the pane can run on (the shell's reads use ExcelApi 1.7). The manifest asks for 1.9 so
 * that Excel offers the add-in only where the webview can run it; a sideloaded Excel of 1.7 or 1.8
 * still works, without what it lacks (page setup, gridlines), as the shell checks each set it uses.
 */
export const REQUIRED_EXCEL_API = "1.7";

export interface HostInfo {
  /** Office.onReady's info.host: "Excel", another Office application, or null outside Office. */
  host: string | null;
  supportsExcelApi(version: string): boolean;
}

/** Null when the pane can run here; else what to tell the user. */
export function unsupportedHost(info: HostInfo): string | null {
  if (info.host !== "Excel") return "Open this in Excel: Service Agreement Pricer works on an Excel workbook (Excel for Windows or Mac, Excel on the web, or Excel on the iPad).";
  if (!info.supportsExcelApi(REQUIRED_EXCEL_API)) {
    return "This version of Excel is too old for Service Agreement Pricer: it needs Excel 2021, Microsoft 365, or Excel on the web.";
  }
  return null;
}
