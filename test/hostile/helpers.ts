/** Hostile workbooks for the command line: the §8 worked example, then broken the way real files are. */
import fs from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Analysis } from "../../src/core/pricing/results";
import type { CellValue } from "../../src/core/workbook/grid";
import { workbookOf } from "../support/workbook";
import { cli, sha256, type Run } from "../apps/cli/helpers";

export { cli, sha256, tempDir } from "../apps/cli/helpers";

export type Rows = unknown[][];

export const TIERS: Rows = [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]];
export const CLIENT_HEADER = ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month"];
/** PRICING.md §8: hourlyRevenue 777.50, agreement 900.00, cost 410.00. */
export const ACME = ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3];
const BENEFITS: Rows = [["Benefit"], ["Priority response"], ["Fixed monthly cost"], ["Remote support"], ["Patching"], ["Backups checked"], ["Quarterly review"]];

/** A workbook of plain sheets (headers in row 1): Settings only when given. */
export function model(tables: { settings?: Rows; tiers?: Rows; clients?: Rows } = {}): ExcelJS.Workbook {
  return workbookOf({
    ...(tables.settings ? { settings: tables.settings as CellValue[][] } : {}),
    tiers: (tables.tiers ?? TIERS) as CellValue[][],
    clients: (tables.clients ?? [CLIENT_HEADER, ACME]) as CellValue[][],
    benefits: BENEFITS as CellValue[][],
  });
}

export async function write(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Rewrite one part of an .xlsx file, as another program might have written it. */
export async function editPart(file: string, part: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file(part)!.async("string");
  const edited = edit(xml);
  if (edited === xml) throw new Error(`the edit changed nothing in ${part}`);
  zip.file(part, edited);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

/** The Clients sheet's part in files written by `model` without Settings (Tiers is sheet1). */
export const CLIENTS_PART = "xl/worksheets/sheet2.xml";

export interface Analyzed extends Run {
  report: Analysis | null;
  /** Whether the result workbook exists. */
  written: boolean;
  inputUnchanged: boolean;
  out: string;
}

/** `analyze FILE --json FILE.json --out FILE.out.xlsx`, in process. */
export async function analyze(file: string): Promise<Analyzed> {
  const base = file.replace(/\.xlsx$/, "");
  const out = `${base}.out.xlsx`;
  const json = `${base}.json`;
  const before = sha256(file);
  const run = await cli("analyze", file, "--json", json, "--out", out);
  return {
    ...run,
    report: fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, "utf8")) as Analysis) : null,
    written: fs.existsSync(out),
    inputUnchanged: sha256(file) === before,
    out,
  };
}

export function inDir(dir: string, name: string): string {
  return path.join(dir, name);
}
