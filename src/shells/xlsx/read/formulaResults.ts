/**
 * A formula cell whose result was never saved (a workbook written by a script and never opened
 * in Excel) has no value the command line can read: Excel would calculate it on opening, we
 * cannot. The grids list the formula cells ExcelJS read without a result; ExcelJS cannot tell
 * "no saved result" from a saved empty text (`=IF(…,"",…)`), so those few are checked in the
 * sheet's XML here, and only the truly unsaved stay on the grid. The core then reports each one
 * that is in a column and a row it reads (PRICING.md §1).
 */
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import path from "node:path";
import type { Grid } from "../../../core/workbook/grid";
import { a1 } from "../../../core/workbook/address";
import { packageOf } from "./files";

/** The grids with `unsavedFormulas` narrowed to cells whose `<c>` holds no `<v>`. */
export async function confirmUnsavedFormulas(workbook: ExcelJS.Workbook, grids: readonly Grid[]): Promise<Grid[]> {
  if (!grids.some((g) => g.unsavedFormulas?.length)) return [...grids];
  const zip = packageOf(workbook);
  const parts = zip ? await sheetParts(zip) : new Map<string, string>();
  const out: Grid[] = [];
  for (const grid of grids) {
    if (!grid.unsavedFormulas?.length) {
      out.push(grid);
      continue;
    }
    const part = parts.get(grid.sheet);
    const xml = part && zip ? await zip.file(part)?.async("string") : undefined;
    const saved = xml === undefined ? new Set<string>() : cellsWithValue(xml);
    const ref = (f: { row: number; col: number }) => a1(grid.origin.row + f.row, grid.origin.col + f.col);
    const unsaved = grid.unsavedFormulas.filter((f) => !saved.has(ref(f)));
    const { unsavedFormulas: _dropped, ...rest } = grid;
    out.push(unsaved.length ? { ...rest, unsavedFormulas: unsaved } : rest);
  }
  return out;
}

/**
 * References of the `<c>` elements that hold a saved result: a `<v>` with a value, or an empty one
 * typed as text (`t="str"`: a formula that returned ""). openpyxl writes an untyped empty `<v></v>`
 * for a formula it could not calculate: no result.
 */
function cellsWithValue(xml: string): Set<string> {
  const saved = new Set<string>();
  for (const m of xml.matchAll(/<c\s([^>]*?\br="([A-Z]+\d+)"[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const v = /<v(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/v>)/.exec(m[3] ?? "");
    if (!v) continue;
    if ((v[1] ?? "") !== "" || /\bt="(?:str|s|inlineStr)"/.test(m[1]!)) saved.add(m[2]!);
  }
  return saved;
}

/** Sheet name → its part (`xl/worksheets/sheet2.xml`), from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : path.posix.join("xl", target));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
}
