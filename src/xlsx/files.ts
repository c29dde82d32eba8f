/** .xlsx files on disk ↔ ExcelJS workbooks. The input is read into memory once and never written. */
import fs from "node:fs";
import ExcelJS from "exceljs";
import { repairLoadedTables } from "./tables";
import { withRelativeTargets } from "./relativeTargets";

export class UnreadableWorkbookError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`Cannot read ${file}: ${reason}`);
    this.name = "UnreadableWorkbookError";
  }
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
    throw new UnreadableWorkbookError(file, reason);
  }
  return loadWorkbookBytes(bytes, file);
}

export async function loadWorkbookBytes(bytes: Buffer, file = "the workbook"): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((await withRelativeTargets(bytes)) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableWorkbookError(file, `not an .xlsx workbook Excel can open (${(error as Error).message})`);
  }
  repairLoadedTables(workbook);
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
