/**
 * A formula cell whose result was never saved (a workbook written by a script and never opened
 * in Excel) has no value the command line can read: Excel would calculate it on opening, we
 * cannot. Read as blank it would silently become 0 hours or a default setting, so each such cell
 * in a column an input table uses is an error naming it. ExcelJS cannot tell "no saved result"
 * from a saved empty text (`=IF(…,"",…)`), so the few candidates are checked in the sheet's XML.
 */
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import path from "node:path";
import type { Grid } from "../workbook/grid";
import type { Problem } from "../workbook/model";
import { a1, sheetPrefix } from "../workbook/address";
import { newProblems } from "../workbook/problems";
import { readTable } from "../workbook/readTable";
import { TABLES } from "../workbook/tables";
import { findRow } from "./cells";
import { packageOf } from "./files";

interface Candidate {
  sheet: string;
  ref: string;
  formula: string;
}

/** An error for each formula cell without a saved result in a used column (or the header row) of an input table. */
export async function unsavedFormulaResults(workbook: ExcelJS.Workbook, grids: readonly Grid[]): Promise<Problem[]> {
  const candidates = grids.flatMap((grid) => gridCandidates(workbook, grid));
  if (candidates.length === 0) return [];
  const zip = packageOf(workbook);
  const saved = zip ? await cellsWithValue(zip, candidates) : new Set<string>();
  return candidates
    .filter((c) => !saved.has(`${c.sheet}\n${c.ref}`))
    .map((c) => ({
      cell: `${sheetPrefix(c.sheet)}!${c.ref}`,
      message: `This cell's formula (=${shorten(c.formula)}) has no saved result in the file, so its value is unknown — open the workbook in Excel and save it (Excel stores each formula's result), then run again.`,
    }));
}

/** Formula cells ExcelJS read without a result, in the header row or in a column the table uses. */
function gridCandidates(workbook: ExcelJS.Workbook, grid: Grid): Candidate[] {
  const ws = workbook.getWorksheet(grid.sheet);
  if (!ws) return [];
  const table = readTable(grid, TABLES[grid.key], newProblems());
  const used = new Set<number>(Object.values(table?.columns ?? {}) as number[]);
  const found: Candidate[] = [];
  grid.values.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value !== null || (r > 0 && !used.has(c))) return;
      const row0 = grid.origin.row + r;
      const col0 = grid.origin.col + c;
      const cell = findRow(ws, row0 + 1)?.findCell(col0 + 1) as (ExcelJS.Cell & { result?: unknown }) | undefined;
      if (!cell || cell.type !== 6 /* ValueType.Formula */ || cell.result !== undefined) return;
      found.push({ sheet: grid.sheet, ref: a1(row0, col0), formula: cell.formula ?? "" });
    });
  });
  return found;
}

/** Which candidates' `<c>` elements do hold a `<v>` (a saved result, if only an empty text). */
async function cellsWithValue(zip: JSZip, candidates: readonly Candidate[]): Promise<Set<string>> {
  const parts = await sheetParts(zip);
  const saved = new Set<string>();
  for (const sheet of new Set(candidates.map((c) => c.sheet))) {
    const part = parts.get(sheet);
    const xml = part ? await zip.file(part)?.async("string") : undefined;
    if (xml === undefined) continue;
    const refs = new Set(candidates.filter((c) => c.sheet === sheet).map((c) => c.ref));
    for (const m of xml.matchAll(/<c\s[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      if (refs.has(m[1]!) && /<v[\s/>]/.test(m[2] ?? "")) saved.add(`${sheet}\n${m[1]}`);
    }
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

function shorten(formula: string): string {
  return formula.length > 60 ? `${formula.slice(0, 57)}…` : formula;
}
