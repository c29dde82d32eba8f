/**
 * Some writers (openpyxl, for one) link parts with absolute targets such as
 * `Target="/xl/tables/table1.xml"`. That is valid Open XML, but ExcelJS 4.4 only follows relative
 * targets and fails to open such a workbook (exceljs issue #1468). This rewrites absolute targets
 * to relative ones, in memory, before ExcelJS reads the bytes; the file on disk is never touched.
 */
import JSZip from "jszip";
import path from "node:path";

const ABSOLUTE_TARGET = /(<Relationship\b[^>]*?\bTarget=")(\/[^"]*)("[^>]*>)/g;

/** The bytes unchanged when no relationship uses an absolute target, else the mended package. */
export async function withRelativeTargets(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  if (!(await mendAbsoluteTargets(zip))) return bytes;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Rewrites absolute targets in an opened package; true when anything changed. */
export async function mendAbsoluteTargets(zip: JSZip): Promise<boolean> {
  let mended = false;
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".rels")) continue;
    const xml = await zip.file(name)!.async("string");
    if (!xml.includes('Target="/')) continue;
    // A part's rels live at dir/_rels/part.rels; its relative targets start from dir/.
    const baseDir = path.posix.dirname(path.posix.dirname(name));
    const fixed = xml.replace(ABSOLUTE_TARGET, (whole, start: string, target: string, end: string) => {
      if (/TargetMode="External"/.test(whole)) return whole;
      const from = baseDir === "." ? "" : baseDir;
      return `${start}${path.posix.relative(from, target.slice(1))}${end}`;
    });
    if (fixed !== xml) {
      zip.file(name, fixed);
      mended = true;
    }
  }
  return mended;
}
