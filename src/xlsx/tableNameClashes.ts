/**
 * Tables and defined names share one namespace in Excel, and a clash makes Excel "repair" the file.
 * applyPlan avoids the names ExcelJS read, but not those it could not (a constant named
 * `PricingClients`, say), which definedNames.ts puts back afterwards: a table of ours that now
 * clashes gets the next free name, as applyPlan would have given it (PricingClients_2).
 * A valid input never has a clash of its own, so only our tables are ever renamed.
 */
import type JSZip from "jszip";
import { uniqueTableName } from "../report/names";

const TABLE_START = /<table\b[^>]*>/;

export async function renameTablesClashingWith(zip: JSZip, definedNames: readonly string[]): Promise<void> {
  const names = new Set(definedNames.map((n) => n.toLocaleLowerCase()));
  const parts = Object.keys(zip.files).filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f));
  const tables = await Promise.all(parts.map(async (part) => ({ part, xml: await zip.file(part)!.async("string") })));
  const taken = new Set(names);
  for (const t of tables) {
    const start = TABLE_START.exec(t.xml)?.[0] ?? "";
    for (const attr of ["name", "displayName"]) {
      const value = tableAttribute(start, attr);
      if (value !== undefined) taken.add(value.toLocaleLowerCase());
    }
  }
  for (const t of tables) {
    const start = TABLE_START.exec(t.xml)?.[0];
    const name = start === undefined ? undefined : (tableAttribute(start, "displayName") ?? tableAttribute(start, "name"));
    if (start === undefined || name === undefined || !names.has(name.toLocaleLowerCase())) continue;
    const fresh = uniqueTableName(name, taken);
    const renamed = start.replace(/(\s(?:name|displayName)=")[^"]*"/g, `$1${fresh}"`);
    zip.file(t.part, t.xml.replace(start, () => renamed));
  }
}

function tableAttribute(startTag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(startTag)?.[1];
}
