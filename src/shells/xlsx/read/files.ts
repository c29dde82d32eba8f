/** .xlsx files on disk ↔ ExcelJS workbooks. The input is read into memory once and never written. */
import fs from "node:fs";
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import type { DateSystem } from "../../../core/workbook/parseDate";
import { maskComments } from "../maskComments";
import { repairLoadedTables } from "../tables";
import { NotXlsxError, openPackage } from "./package";
import { PackageLimitError } from "./packageLimits";

export class UnreadableWorkbookError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`Cannot read ${file}: ${reason}`);
    this.name = "UnreadableWorkbookError";
  }
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(await readWorkbookFile(file), file);
}

/** The largest file read (the package limits then cap what it inflates to). */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The file's bytes, read once: the result workbook is these bytes with our sheets added. */
export async function readWorkbookFile(file: string): Promise<Buffer> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    // Opened without blocking and checked through the handle, so a FIFO or a device (which would
    // block or never end) is refused, and the file checked is the file read.
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new UnreadableWorkbookError(file, "it is a folder");
    if (!stat.isFile()) throw new UnreadableWorkbookError(file, "it is not a saved file (a device, a pipe or a socket) — give the path of a workbook");
    if (stat.size > MAX_FILE_BYTES) {
      throw new UnreadableWorkbookError(file, `it is ${Math.round(stat.size / 2 ** 20)} MB, more than the ${MAX_FILE_BYTES / 2 ** 20} MB this tool reads — keep the pricing tables in a smaller workbook`);
    }
    return await handle.readFile();
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new UnreadableWorkbookError(file, reason);
  } finally {
    await handle?.close();
  }
}

/** Each loaded workbook's package, for the few questions ExcelJS cannot answer (see formulaResults.ts). */
const packages = new WeakMap<ExcelJS.Workbook, JSZip>();

export function packageOf(workbook: ExcelJS.Workbook): JSZip | undefined {
  return packages.get(workbook);
}

const dateSystems = new WeakMap<ExcelJS.Workbook, DateSystem>();

/** The loaded workbook's date system (1900 for a workbook not loaded from a file). */
export function dateSystemOf(workbook: ExcelJS.Workbook): DateSystem {
  return dateSystems.get(workbook) ?? 1900;
}

/**
 * `<workbookPr date1904="…">` (ECMA-376 Part 1 §18.2.28), however a writer spells true: `1`,
 * `true` (xsd:boolean), `on` (as ST_OnOff is written elsewhere). ExcelJS itself knows only `1`.
 */
async function readDateSystem(zip: JSZip): Promise<DateSystem> {
  const xml = maskComments((await zip.file("xl/workbook.xml")?.async("string")) ?? "");
  const tag = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(xml)?.[0];
  const flag = tag ? /\sdate1904\s*=\s*["']\s*([^"']*?)\s*["']/.exec(tag)?.[1] : undefined;
  return flag !== undefined && /^(?:1|true|on)$/i.test(flag) ? 1904 : 1900;
}

export async function loadWorkbookBytes(bytes: Buffer, file = "the workbook"): Promise<ExcelJS.Workbook> {
  const notXlsx = (reason: string) => new UnreadableWorkbookError(file, `not an .xlsx workbook: ${reason}.`);
  const cannotRead = (reason: string) => new UnreadableWorkbookError(file, `cannot read this file: ${reason}.`);
  let opened: Awaited<ReturnType<typeof openPackage>>;
  try {
    opened = await openPackage(bytes);
  } catch (error) {
    if (error instanceof NotXlsxError) throw notXlsx(error.message);
    if (error instanceof PackageLimitError) throw cannotRead(error.message);
    // Whatever else a damaged package makes a library throw, the consultant reads one sentence.
    throw cannotRead(damaged(error));
  }
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await load(opened.bytes);
  } catch (error) {
    // Rows and cells without their optional numbers are the one valid layout ExcelJS cannot read.
    const numbered = await opened.numbered().catch(() => null);
    if (numbered === null) throw cannotRead(damaged(error));
    try {
      workbook = await load(numbered);
    } catch {
      throw cannotRead(damaged(error));
    }
  }
  try {
    repairLoadedTables(workbook);
  } catch (error) {
    throw cannotRead(damaged(error));
  }
  packages.set(workbook, opened.zip);
  dateSystems.set(workbook, await readDateSystem(opened.zip));
  return workbook;
}

function damaged(error: unknown): string {
  const why = String((error as Error | undefined)?.message ?? error).replace(/\s+/g, " ").slice(0, 160);
  return `its contents could not be read (${why}) — if Excel opens it, save it again from Excel and retry`;
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
