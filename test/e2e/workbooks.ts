/**
 * The workbooks the scenarios start from, made with ExcelJS through the project's .xlsx shell and
 * handed to the preview as .xlsx bytes, exactly as `npm run preview -- FILE.xlsx` reads a file.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/core/workbook/grid";
import { applyPlan } from "../../src/shells/xlsx/write/applyPlan";
import { resultWorkbook } from "../../src/shells/xlsx/write/resultWorkbook";
import { loadWorkbookBytes, workbookBytes } from "../../src/shells/xlsx/read/files";
import { readGrids } from "../../src/shells/xlsx/read/readGrids";
import { planSampleModel } from "../../src/core/report/sheets/planSample";
import { runFlow } from "../../src/core/flow";

export interface WorkbookFile {
  name: string;
  bytes: Buffer;
}

async function sampleWith(name: string, edit: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<WorkbookFile> {
  const made = new ExcelJS.Workbook();
  applyPlan(made, planSampleModel());
  // Read back from bytes first, as a file from disk would be.
  const workbook = await loadWorkbookBytes(await workbookBytes(made));
  await edit(workbook);
  return { name, bytes: await workbookBytes(workbook) };
}

function set(workbook: ExcelJS.Workbook, sheet: string, address: string, value: CellValue): void {
  workbook.getWorksheet(sheet)!.getCell(address).value = value;
}

/** The sample with two mistakes a consultant makes: visits typed as words, a tier that does not exist. */
export const ERROR_CELLS = { visits: "Clients!E14", tier: "Clients!C4" } as const;

export function workbookWithErrors(): Promise<WorkbookFile> {
  return sampleWith("with-errors.xlsx", (workbook) => {
    set(workbook, "Clients", "E14", "abc"); // Acme Dental, Visits per month
    set(workbook, "Clients", "C4", "Gold"); // Tom Becker, Tier
  });
}

/** The sample beside the user's own sheet called "Pricing Results" (no ownership marker). */
export const FOREIGN_CONTENT = { A1: "My own notes", B2: 42 } as const;

export function workbookWithForeignSheet(): Promise<WorkbookFile> {
  return sampleWith("foreign-sheet.xlsx", (workbook) => {
    const ws = workbook.addWorksheet("Pricing Results");
    ws.getCell("A1").value = FOREIGN_CONTENT.A1;
    ws.getCell("B2").value = FOREIGN_CONTENT.B2;
  });
}

/** Client names that would be formulas if written carelessly. */
export const HOSTILE_NAMES = { A2: "=1+2", A3: "@SUM(A1:A9)", A4: "-Tom Becker" } as const;

function setHostileNames(workbook: ExcelJS.Workbook): void {
  for (const [address, name] of Object.entries(HOSTILE_NAMES)) set(workbook, "Clients", address, name);
}

/** The sample as a file, with hostile client names. */
export function workbookWithHostileNames(): Promise<WorkbookFile> {
  return sampleWith("hostile-names.xlsx", setHostileNames);
}

/**
 * The sample, with hostile client names, after the command line's `analyze`: its Pricing Results
 * and Rate Card sheets (marked as ours, with their charts) are already in the file.
 */
export async function workbookWithEarlierResults(): Promise<WorkbookFile> {
  const hostile = await sampleWith("earlier-results.xlsx", setHostileNames);
  const { plan } = runFlow(readGrids(await loadWorkbookBytes(hostile.bytes)).grids);
  if (!plan) throw new Error("The earlier-results fixture has errors");
  return { name: hostile.name, bytes: (await resultWorkbook(hostile.bytes, plan)).bytes };
}

/** The input tables of a file as the project's .xlsx shell reads them. */
export async function gridsOf(file: WorkbookFile): Promise<Grid[]> {
  return readGrids(await loadWorkbookBytes(file.bytes, file.name)).grids;
}
