/**
 * What the three parts of the preview agree on: the Node server (reads and writes .xlsx), the
 * host page (sheet view, download) and the Office.js shim inside the task pane's frame (the
 * in-memory Excel). Plain types and constants only, so every side can import it.
 */
import type { FakeExcelOptions, FakeWorkbookInit } from "../../testing/fakeExcel";
import type { WorkbookSnapshot } from "../../testing/fakeExcel/snapshot";

/** GET: the workbook the preview starts with. */
export const WORKBOOK_API = "/api/workbook";
/** POST a WorkbookSnapshot: the answer is that workbook as .xlsx bytes. */
export const XLSX_API = "/api/xlsx";
/** Where the server serves the shim that stands in for Office.js. */
export const SHIM_PATH = "/preview/office.js";
/** The task pane's <script> for Office.js, as every add-in loads it. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface PreviewWorkbook {
  /** The .xlsx file's name, or null for the empty workbook. */
  file: string | null;
  init: FakeWorkbookInit;
}

/** Lives in the task pane's frame (window.__servicePricerFake): the in-memory workbook. */
export interface PaneWorkbook {
  snapshot(): WorkbookSnapshot;
  /** For the end-to-end suite: a sheet of the user's holding these formulas ([address, formula]). */
  addFormulaSheet(name: string, formulas: [string, string][]): void;
  /** For the end-to-end suite: the `request`-th request from now fails after `afterOps` operations (a dropped request). */
  failRequest(request: number, afterOps: number): void;
}

/** Lives on the host page (window.__servicePricerPreview); the shim finds it through window.parent. */
export interface PreviewHost {
  init: FakeWorkbookInit;
  options: FakeExcelOptions;
  /** The shim made the in-memory Excel from `init`. */
  attach(pane: PaneWorkbook): void;
  /** An Excel.run batch ended: the workbook may have changed. */
  changed(): void;
  /** The pane's workbook now (null before the pane attached). For the end-to-end suite. */
  snapshot(): WorkbookSnapshot | null;
}

/** "Clients.xlsx" → "Clients.priced.xlsx"; the empty workbook → "workbook.priced.xlsx". */
export function downloadName(file: string | null): string {
  const base = (file ?? "workbook.xlsx").replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
  return `${base}.priced.xlsx`;
}

export const HOST_GLOBAL = "__servicePricerPreview";
export const PANE_GLOBAL = "__servicePricerFake";
