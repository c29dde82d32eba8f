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

/**
 * Whether two names are one file: by identity (device and inode), not by spelling, so a hard link,
 * a symbolic link, `./x`, or `Model.xlsx` for `model.xlsx` on a case-insensitive disk (Windows,
 * macOS) are all caught. A name with no file yet is the same file only when its real folder is the
 * other's and its name is the other's, ignoring case where that folder ignores case.
 */
export function samePath(a: string, b: string): boolean {
  const sa = statOf(a);
  const sb = statOf(b);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  const ra = realTarget(a);
  const rb = realTarget(b);
  if (ra === rb) return true;
  if (path.dirname(ra) !== path.dirname(rb)) return false;
  return path.basename(ra).toLowerCase() === path.basename(rb).toLowerCase() && foldsCase(path.dirname(ra));
}

function statOf(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** Whether a folder's file system ignores case: its own name, spelled in another case, is the same folder. */
function foldsCase(folder: string): boolean {
  const name = path.basename(folder);
  const other = name === name.toUpperCase() ? name.toLowerCase() : name.toUpperCase();
  if (other === name) return false;
  const here = statOf(folder);
  const there = statOf(path.join(path.dirname(folder), other));
  return here !== null && there !== null && here.dev === there.dev && here.ino === there.ino;
}

/** A file written in full beside its target, not yet in place. */
export interface StagedFile {
  /** Put it in place (a rename: all or nothing). */
  commit(): Promise<void>;
  /** Remove it, leaving the target as it was. */
  discard(): Promise<void>;
}

/** `.NAME.PID.tmp`: the temporary file a run writes beside NAME (its process id tells a live run from a killed one). */
function tempName(file: string, pid: number): string {
  return path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${pid}.tmp`);
}

/** Removes the temporary files that runs killed before they finished left beside `file`. */
export function sweepTempFiles(file: string): void {
  const folder = path.dirname(path.resolve(file));
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (!m || alive(Number(m[1]))) continue;
    fs.rmSync(path.join(folder, name), { force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Write to a temporary file beside the target; nothing is at the target until `commit`. */
export async function stageFile(file: string, data: Uint8Array | string): Promise<StagedFile> {
  sweepTempFiles(file);
  const tmp = tempName(file, process.pid);
  const discard = () => fs.promises.rm(tmp, { force: true });
  try {
    await fs.promises.writeFile(tmp, data, { flag: "wx" }).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
      await discard();
      await fs.promises.writeFile(tmp, data, { flag: "wx" });
    });
  } catch (error) {
    await discard();
    throw new WriteError(file, error);
  }
  return {
    commit: async () => {
      try {
        await fs.promises.rename(tmp, file);
      } catch (error) {
        await discard();
        throw new WriteError(file, error);
      }
    },
    discard,
  };
}

/** Why a file could not be written, in a sentence that names it and says what to do. */
export class WriteError extends Error {
  constructor(readonly file: string, cause: unknown) {
    super(`Cannot write ${file}: ${writeReason(cause)}`);
    this.name = "WriteError";
  }
}

function writeReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "permission denied — it or its folder is read-only (or the file is open in Excel): close it, or choose another --out.";
    case "EBUSY":
      return "it is open in another program (Excel?) — close it and run again, or choose another --out.";
    case "ENOENT":
      return "its folder does not exist — create it, or choose another --out.";
    case "EISDIR":
      return "it is a folder — give a file name.";
    case "ENOSPC":
      return "the disk is full.";
    default:
      return `${(error as Error).message}.`;
  }
}

/** Write through a temporary file beside the target, so a failed write leaves no half-written result. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await (await stageFile(file, data)).commit();
}
