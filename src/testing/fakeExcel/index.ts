/**
 * A strict in-memory Excel for tests, the end-to-end suite and `npm run preview`: `Excel.run`,
 * `Office.onReady` and `Office.context.requirements` over a FakeWorkbook, enforcing load-then-sync
 * and counting every sync. Plain TypeScript with no Node APIs, so a browser page can install it as
 * `window.Excel` / `window.Office` in place of the CDN's Office.js. Not part of the add-in bundle.
 */
import type { CellValue, Grid } from "../../core/workbook/grid";
import { sheetFacts } from "./views";
import { parseA1 } from "../../core/workbook/address";
import { FakeContext, compareVersions } from "./context";
import { FakeWorkbookObject } from "./workbook";
import { FakeWorkbook, enterValue, parseRect } from "./state";

export { FakeWorkbook, FakeSheet, FakeExcelError, parseRect, rectAddress } from "./state";
export type { FakeCell, FakeChart, FakeSeries, FakeTable, FakeName, FakePageLayout, Rect } from "./state";
export { PAYLOAD_LIMIT } from "./context";
export { CELL_READ_LIMIT } from "./range";

export interface FakeSheetInit {
  name: string;
  /** Cell values from `at` (default A1), row by row. */
  values?: CellValue[][];
  at?: string;
  /** Excel tables on this sheet: name and whole range, header row first ("A1:H31"). */
  tables?: { name: string; range: string; showTotals?: boolean }[];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Issue 8: rows hidden (0-based), merged areas ("B2:B4"), formulas ({ "E9": "=SUM(E2:E8)" }) and number formats ({ "F2": "h:mm" }). */
  hiddenRows?: number[];
  merges?: string[];
  formulas?: Record<string, string>;
  numberFormats?: Record<string, string>;
}

export interface FakeWorkbookInit {
  sheets: FakeSheetInit[];
  /** Workbook-scoped defined names referring to a range: { name, sheet, range: "A1" }. */
  names?: { name: string; sheet: string; range: string }[];
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the pretend host supports (default "1.9"). */
  excelApi?: string;
  /** Office.context.displayLanguage (default "en-US"). */
  displayLanguage?: string;
  /** Where the pretend Excel runs (default Excel on the web, with its platform bugs). */
  platform?: "OfficeOnline" | "PC" | "Mac";
}

/** Excel.RunOptions as the fake honours them. */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
  /** ExcelApi 1.20: "all context.sync() calls within one Excel.run are merged into a single undo group" (Excel.RunOptions.mergeUndoGroup). */
  mergeUndoGroup?: boolean;
}

export interface FakeExcelRequestContext {
  workbook: FakeWorkbookObject;
  sync(): Promise<void>;
  trackedObjects: { add(): void; remove(): void };
}

export interface FakeExcel {
  /** The workbook itself, for assertions and for showing what was written. */
  workbook: FakeWorkbook;
  /** Stands in for the global `Excel` namespace. */
  Excel: {
    run<T>(batch: (context: FakeExcelRequestContext) => Promise<T>): Promise<T>;
    run<T>(options: FakeRunOptions, batch: (context: FakeExcelRequestContext) => Promise<T>): Promise<T>;
    RequestContext: new () => FakeExcelRequestContext;
  };
  /** Stands in for the global `Office` namespace. */
  Office: {
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    context: {
      displayLanguage: string;
      requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    };
    HostType: { Excel: "Excel" };
    PlatformType: { OfficeOnline: "OfficeOnline" };
  };
  /** A context for tests that drive the shell directly (same as the one Excel.run hands out). */
  context(options?: FakeRunOptions): FakeExcelRequestContext;
}

export function createFakeExcel(init: FakeWorkbookInit = { sheets: [{ name: "Sheet1" }] }, options: FakeExcelOptions = {}): FakeExcel {
  const workbook = buildWorkbook(init);
  const excelApi = options.excelApi ?? "1.9";
  workbook.platform = options.platform ?? "OfficeOnline";
  // RunOptions.delayForCellEdit is ExcelApi 1.11: an older Excel ignores it.
  const context = (run: FakeRunOptions = {}): FakeExcelRequestContext => {
    const ctx = new FakeContext(
      workbook, excelApi, run.delayForCellEdit === true && compareVersions(excelApi, "1.11") >= 0,
      run.mergeUndoGroup === true && compareVersions(excelApi, "1.20") >= 0,
    );
    return { workbook: new FakeWorkbookObject(ctx), sync: () => ctx.sync(), trackedObjects: ctx.trackedObjects };
  };
  const info = { host: "Excel", platform: workbook.platform };
  return {
    workbook,
    context,
    Excel: {
      run: async <T,>(first: FakeRunOptions | ((c: FakeExcelRequestContext) => Promise<T>), second?: (c: FakeExcelRequestContext) => Promise<T>) =>
        typeof first === "function" ? first(context()) : second!(context(first)),
      RequestContext: function RequestContext(this: unknown) {
        return context();
      } as unknown as new () => FakeExcelRequestContext,
    },
    Office: {
      onReady: async (callback) => {
        callback?.(info);
        return info;
      },
      context: {
        displayLanguage: options.displayLanguage ?? "en-US",
        requirements: {
          isSetSupported: (name, minVersion) =>
            name === "ExcelApi" && compareVersions(excelApi, String(minVersion ?? "1.1")) >= 0,
        },
      },
      HostType: { Excel: "Excel" },
      PlatformType: { OfficeOnline: "OfficeOnline" },
    },
  };
}

/** Make `Excel` and `Office` globals (a browser page, or a jest test of code that uses the globals). */
export function installFakeExcel(fake: FakeExcel, target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  target.Excel = fake.Excel;
  target.Office = fake.Office;
}

/** A workbook holding these grids: each on its own sheet (tables as Excel tables), in order. */
export function workbookFromGrids(grids: readonly Grid[]): FakeWorkbookInit {
  const sheets = new Map<string, FakeSheetInit & { blocks: { at: { row: number; col: number }; values: CellValue[][] }[] }>();
  for (const grid of grids) {
    const sheet = sheets.get(grid.sheet) ?? { name: grid.sheet, tables: [], blocks: [] };
    sheets.set(grid.sheet, sheet);
    sheet.blocks.push({ at: grid.origin, values: grid.values });
    if (grid.source === "table" && grid.values.length > 0) {
      const width = Math.max(...grid.values.map((r) => r.length));
      const { row, col } = grid.origin;
      sheet.tables!.push({
        name: grid.tableName ?? `${grid.key}Table`,
        range: `${cellName(row, col)}:${cellName(row + Math.max(grid.values.length, 2) - 1, col + width - 1)}`,
      });
    }
  }
  return {
    sheets: [...sheets.values()].map(({ name, tables, blocks }) => {
      const bottom = Math.max(...blocks.map((b) => b.at.row + b.values.length));
      const right = Math.max(...blocks.map((b) => b.at.col + Math.max(0, ...b.values.map((r) => r.length))));
      const values: CellValue[][] = Array.from({ length: bottom }, () => new Array<CellValue>(right).fill(null));
      for (const b of blocks) b.values.forEach((r, i) => r.forEach((v, j) => (values[b.at.row + i]![b.at.col + j] = v)));
      return { name, tables, values };
    }),
  };
}

function cellName(row: number, col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

function buildWorkbook(init: FakeWorkbookInit): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const s of init.sheets) {
    const sheet = book.addSheet(s.name);
    if (s.visibility) sheet.visibility = s.visibility;
    const origin = parseA1(s.at ?? "A1");
    (s.values ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        // Loaded values are what the cells hold: text stays text (no formula reading).
        if (v === null || v === "") return;
        const cell = sheet.touch(origin.row + i, origin.col + j);
        if (typeof v === "string") cell.value = v;
        else enterValue(cell, v);
      }),
    );
    for (const t of s.tables ?? []) book.addTable(sheet, parseRect(t.range), t.name).showTotals = t.showTotals ?? false;
    const facts = sheetFacts(sheet);
    for (const r of s.hiddenRows ?? []) facts.hiddenRows.add(r);
    for (const m of s.merges ?? []) facts.merges.push(parseRect(m));
    for (const [address, formula] of Object.entries(s.formulas ?? {})) {
      const { row, col } = parseA1(address);
      facts.formulas.set(`${row},${col}`, formula);
    }
    for (const [address, format] of Object.entries(s.numberFormats ?? {})) {
      const { row, col } = parseA1(address);
      sheet.touch(row, col).numberFormat = format;
    }
  }
  for (const n of init.names ?? []) book.addName(n.name, book.get(n.sheet), parseRect(n.range));
  book.activeSheet = book.sheets[0] ?? null;
  return book;
}
