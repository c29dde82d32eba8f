/** Where `analyze` writes, and the guard that keeps it from ever writing over its input. */
import fs from "node:fs";
import path from "node:path";

/** Excel's workbook extensions: each names a kind of package (packageKind.ts). */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm"]);

/**
 * `model.xlsx` → `model.priced.xlsx` (PRICING.md §7). The result is the input package with our
 * sheets added, so it is the same kind of workbook and takes the extension of that kind: a
 * macro-enabled `model.xlsm` gives `model.priced.xlsm` with its macros; a plain workbook named
 * `.xlsm` gives `.priced.xlsx` (Excel refuses an `.xlsm` that is not macro-enabled).
 */
export function defaultOutPath(input: string, kind = ".xlsx"): string {
  const ext = path.extname(input);
  const stem = WORKBOOK_EXTENSIONS.has(ext.toLowerCase()) ? input.slice(0, -ext.length) : input;
  return `${stem}.priced${ext.toLowerCase() === kind ? ext : kind}`;
}

/** Extensions Excel opens as another kind of file than the workbook the result is. */
const OTHER_FORMATS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm", ".xlam", ".xls", ".xlt", ".xla", ".xlsb", ".csv", ".ods"]);

/** Why `--out FILE` cannot hold a result of this kind (".xlsx", ".xlsm", …), or null when it can. */
export function wrongOutExtension(file: string, kind = ".xlsx"): string | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === kind || !OTHER_FORMATS.has(ext)) return null;
  const why = kind === ".xlsm" || kind === ".xltm" ? ` (it keeps the input's macros)` : "";
  return `--out ${file}: the result is an ${kind} workbook${why}, which Excel will not open as one when it is named "${ext}" — name it ${kind}.`;
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
