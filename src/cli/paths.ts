/** Where `analyze` writes, and the guard that keeps it from ever writing over its input. */
import fs from "node:fs";
import path from "node:path";

/** Excel's workbook extensions: the result of any of them is an .xlsx copy (macros are not kept). */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm"]);

/**
 * `model.xlsx` → `model.priced.xlsx` (PRICING.md §7). The result is always an .xlsx workbook, so
 * `model.xlsm` → `model.priced.xlsx` too: Excel refuses an .xlsm file that holds no macros.
 */
export function defaultOutPath(input: string): string {
  const ext = path.extname(input);
  if (ext === ".xlsx" || ext === ".XLSX") return `${input.slice(0, -ext.length)}.priced${ext}`;
  if (WORKBOOK_EXTENSIONS.has(ext.toLowerCase())) return `${input.slice(0, -ext.length)}.priced.xlsx`;
  return `${input}.priced.xlsx`;
}

/** Extensions Excel opens as another kind of file than the .xlsx workbook the result is. */
const OTHER_FORMATS = new Set([".xlsm", ".xltx", ".xltm", ".xlam", ".xls", ".xlt", ".xla", ".xlsb", ".csv", ".ods"]);

/** Why `--out FILE` cannot hold the result, or null when it can. */
export function wrongOutExtension(file: string): string | null {
  const ext = path.extname(file).toLowerCase();
  return OTHER_FORMATS.has(ext)
    ? `--out ${file}: the result is an .xlsx workbook, which Excel will not open as one when it is named "${ext}" — name it .xlsx.`
    : null;
}

/** Why a file cannot be written where it is named (its folder is missing, or it is a folder), or null. */
export function unwritableReason(file: string): string | null {
  const absolute = path.resolve(file);
  if (isFolder(absolute)) return "it is a folder";
  const folder = path.dirname(absolute);
  if (!isFolder(folder)) return `the folder ${folder} does not exist`;
  return null;
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The real absolute path of a file that may not exist yet (its folder resolved, links followed). */
export function realTarget(file: string): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync(absolute);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

export function samePath(a: string, b: string): boolean {
  return realTarget(a) === realTarget(b);
}

/** A file written in full beside its target, not yet in place. */
export interface StagedFile {
  /** Put it in place (a rename: all or nothing). */
  commit(): Promise<void>;
  /** Remove it, leaving the target as it was. */
  discard(): Promise<void>;
}

/** Write to a temporary file beside the target; nothing is at the target until `commit`. */
export async function stageFile(file: string, data: Uint8Array | string): Promise<StagedFile> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  const discard = () => fs.promises.rm(tmp, { force: true });
  try {
    await fs.promises.writeFile(tmp, data);
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    commit: async () => {
      try {
        await fs.promises.rename(tmp, file);
      } catch (error) {
        await discard();
        throw error;
      }
    },
    discard,
  };
}

/** Write through a temporary file beside the target, so a failed write leaves no half-written result. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await (await stageFile(file, data)).commit();
}
