/**
 * Hostile workbooks: valid models whose names look like formulas, and workbooks that already hold
 * a sheet, table or defined name named like one the add-in writes. Built from the conformance
 * generator's laid-out tables, written by its writer, then edited with ExcelJS.
 */
import fs from "node:fs";
import type ExcelJS from "exceljs";
import { generate, writeWorkbook, type LaidTable } from "../conformance/randomWorkbook";
import { loadWorkbookBytes, workbookBytes } from "../../src/shells/xlsx/read/files";

/** Text Excel would read as a formula (or a DDE/number) if the add-in wrote it unprefixed. */
export const FORMULA_TEXT = {
  link: '=HYPERLINK("http://x")',
  plus: "+1",
  minus: "-2",
  at: "@SUM(A1)",
  dde: "=cmd|' /C calc'!A0",
  sum: "=1+1",
  dashWords: "-No surprises",
} as const;

const key = (s: unknown) => String(s ?? "").trim().toLowerCase();
const norm = (s: unknown) => String(s ?? "").toLowerCase().replace(/\([^)]*\)\s*$/, "").replace(/[^a-z0-9]/g, "");

/**
 * A full random model (every table) whose client, tier, segment and benefit names and business
 * name begin with = + - @. Returns the laid-out tables and every formula-looking text it holds.
 */
export function formulaNamedModel(seed: number): { tables: LaidTable[]; extraSheets: string[]; texts: string[] } {
  const g = generate(seed, { full: true, minClients: 6 });
  const table = (k: LaidTable["key"]) => g.tables.find((t) => t.key === k)!;
  const clients = table("clients");
  const tiers = table("tiers");
  const rows = <T>(t: LaidTable, f: (row: Record<string, unknown>) => T) => t.rows.filter((r) => r !== null).map((r) => f(r!));

  // Two tiers renamed; clients on them follow.
  const tierNames = [FORMULA_TEXT.link, FORMULA_TEXT.at];
  // A seed with a single tier gets a second one (renamed below), so both names are always in use.
  while (rows(tiers, (r) => r).length < tierNames.length) tiers.rows.push({ ...rows(tiers, (r) => r)[0]! } as LaidTable["rows"][number]);
  rows(tiers, (r) => r).slice(0, tierNames.length).forEach((row, i) => {
    const old = key(row.tier);
    row.tier = tierNames[i]!;
    for (const c of rows(clients, (r) => r)) if (key(c.tier) === old) c.tier = tierNames[i]!;
  });
  // Every client on a tier, so both renamed tiers show up wherever clients' tiers are listed.
  rows(clients, (r) => r).forEach((c, i) => {
    if (i < tierNames.length) c.tier = tierNames[i]!;
  });

  const clientNames = [FORMULA_TEXT.plus, FORMULA_TEXT.minus, FORMULA_TEXT.dde, FORMULA_TEXT.sum];
  rows(clients, (r) => r).slice(0, clientNames.length).forEach((c, i) => (c.client = clientNames[i]!));

  const segments = ["=Home office", "+Partners", "@Schools"];
  rows(clients, (r) => r).slice(0, segments.length).forEach((c, i) => (c.segment = segments[i]!));

  const benefits = table("benefits");
  const benefitTexts = [FORMULA_TEXT.link, FORMULA_TEXT.dashWords, FORMULA_TEXT.at, "+ Free remote support", "=Peace of mind", "Priority response"];
  benefits.rows = benefitTexts.map((text) => ({ benefit: text }));
  benefits.columns = benefits.columns.filter((c) => c.field === "benefit");

  const businessName = '=HYPERLINK("http://evil","Summit IT")';
  const settings = table("settings");
  const named = rows(settings, (r) => r).find((r) => norm(r.setting) === "businessname")!;
  named.value = businessName;

  return {
    tables: g.tables,
    extraSheets: g.extraSheets,
    texts: [...tierNames, ...clientNames, ...segments, ...benefitTexts.filter((t) => /^[=+\-@]/.test(t)), businessName],
  };
}

/** A valid random workbook written to `file`, then changed by `edit` (ExcelJS, as a user's other tools would). */
export async function editedWorkbook(seed: number, file: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const g = generate(seed, { full: true });
  await writeWorkbook(g.tables, g.extraSheets, file);
  const workbook = await loadWorkbookBytes(fs.readFileSync(file));
  edit(workbook);
  fs.writeFileSync(file, await workbookBytes(workbook));
}

/** A sheet of the user's with some content of their own. */
export function userSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  ws.getCell("A1").value = "My own figures — do not touch";
  ws.getCell("B3").value = 1234.5;
  ws.getCell("C4").value = "=not a formula";
  return ws;
}

/** An Excel table of the user's, named `name`, from E2 of a sheet. */
export function userTable(ws: ExcelJS.Worksheet, name: string): void {
  ws.addTable({
    name,
    ref: "E2",
    headerRow: true,
    columns: [{ name: "Item" }, { name: "Amount" }],
    rows: [
      ["Printer toner", 80],
      ["Cables", 12.5],
    ],
  });
}
