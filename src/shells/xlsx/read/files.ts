/** .xlsx files on disk ↔ ExcelJS workbooks. The input is read into memory once and never written. */
import fs from "node:fs";
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { repairLoadedTables } from "../tables";
import { NotXlsxError, openPackage } from "./package";

export class UnreadableWorkbookError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`Cannot read ${file}: ${reason}`);
    this.name = "UnreadableWorkbookError";
  }
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(await readWorkbookFile(file), file);
}

/** The file's bytes, read once: the result workbook is these bytes with our sheets added. */
export async function readWorkbookFile(file: string): Promise<Buffer> {
  try {
    return await fs.promises.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
    throw new UnreadableWorkbookError(file, reason);
  }
}

/** Each loaded workbook's package, for the few questions ExcelJS cannot answer (see formulaResults.ts). */
const packages = new WeakMap<ExcelJS.Workbook, JSZip>();

export function packageOf(workbook: ExcelJS.Workbook): JSZip | undefined {
  return packages.get(workbook);
}

export async function loadWorkbookBytes(bytes: Buffer, file = "the workbook"): Promise<ExcelJS.Workbook> {
  const notXlsx = (reason: string) => new UnreadableWorkbookError(file, `not an .xlsx workbook: ${reason}.`);
  let opened: Awaited<ReturnType<typeof openPackage>>;
  try {
    opened = await openPackage(bytes);
  } catch (error) {
    if (error instanceof NotXlsxError) throw notXlsx(error.message);
    throw error;
  }
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await load(opened.bytes);
  } catch (error) {
    // Rows and cells without their optional numbers are the one valid layout ExcelJS cannot read.
    const numbered = await opened.numbered();
    if (numbered === null) throw notXlsx(damaged(error));
    try {
      workbook = await load(numbered);
    } catch {
      throw notXlsx(damaged(error));
    }
  }
  repairLoadedTables(workbook);
  packages.set(workbook, opened.zip);
  return workbook;
}

function damaged(error: unknown): string {
  return `its contents could not be read (${(error as Error).message}) — if Excel opens it, save it again from Excel and retry`;
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
