/** Where `analyze` writes, and the guard that keeps it from ever writing over its input. */
import fs from "node:fs";
import path from "node:path";

/** `model.xlsx` → `model.priced.xlsx` (PRICING.md §7); any other extension keeps its place. */
export function defaultOutPath(input: string): string {
  const ext = path.extname(input);
  return ext === "" ? `${input}.priced.xlsx` : `${input.slice(0, -ext.length)}.priced${ext}`;
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

/** Write through a temporary file beside the target, so a failed write leaves no half-written result. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.promises.writeFile(tmp, data);
    await fs.promises.rename(tmp, file);
  } catch (error) {
    await fs.promises.rm(tmp, { force: true });
    throw error;
  }
}
