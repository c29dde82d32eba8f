/**
 * Values written into cells of a sheet the user owns (the add-in's "Apply to workbook" sets a
 * setting's or a tier's value): only those cells' elements change in the sheet's XML; each keeps
 * its style, and every other byte of the sheet stays as it was. A cell the sheet does not have
 * yet is added to its row, in column order.
 */
import type { CellValue } from "../../../core/workbook/grid";
import { a1 } from "../../../core/workbook/address";
import { attribute, readRelationships, relsPartOf, resolveTarget } from "../packageParts";
import { cellXml } from "./worksheetXml";
import JSZip from "jszip";

export interface CellChange {
  /** 0-based. */
  row: number;
  col: number;
  value: CellValue;
}

/** The package with these sheets' cells set; a sheet it does not have is left out. */
export async function patchCells(input: Buffer, changes: ReadonlyMap<string, readonly CellChange[]>): Promise<Buffer> {
  if ([...changes.values()].every((c) => c.length === 0)) return input;
  const zip = await JSZip.loadAsync(input);
  const names = Object.keys(zip.files);
  const find = (part: string) => names.find((n) => n.toLowerCase() === part.toLowerCase());
  const texts = new Map<string, string>();
  for (const n of names) if (/\.rels$/i.test(n) || /^[^/]+\/[^/]+\.xml$/.test(n)) texts.set(n, await zip.file(n)!.async("string"));
  const text = (part: string) => texts.get(find(part)!) ?? "";
  const rels = readRelationships(find("_rels/.rels") ? text("_rels/.rels") : "");
  const main = rels.find((r) => r.type.endsWith("/officeDocument"));
  const workbookPart = main ? resolveTarget("", main.target) : "xl/workbook.xml";
  const workbookXml = text(workbookPart);
  const workbookRels = readRelationships(text(relsPartOf(workbookPart)));
  for (const [sheet, cells] of changes) {
    if (cells.length === 0) continue;
    const tag = [...workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => attribute(t, "name") === sheet);
    const rId = tag ? /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] : undefined;
    const rel = workbookRels.find((r) => r.id === rId);
    if (!rel) continue;
    const part = resolveTarget(workbookPart, rel.target);
    const entry = find(part);
    if (!entry) continue;
    let xml = await zip.file(entry)!.async("string");
    for (const cell of cells) xml = setCell(xml, cell);
    zip.file(entry, xml, { createFolders: false });
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function setCell(xml: string, { row, col, value }: CellChange): string {
  const ref = a1(row, col);
  const existing = new RegExp(String.raw`<(?:[\w.-]+:)?c\b[^>]*?\sr="${ref}"[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?c>)`).exec(xml);
  if (existing) {
    const s = Number(/\ss="(\d+)"/.exec(existing[0].slice(0, existing[0].indexOf(">") + 1))?.[1] ?? 0);
    return xml.slice(0, existing.index) + cellXml(ref, value, s) + xml.slice(existing.index + existing[0].length);
  }
  const cell = cellXml(ref, value, 0);
  const rowMatch = new RegExp(String.raw`<(?:[\w.-]+:)?row\b[^>]*?\sr="${row + 1}"[^>]*?(\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)`).exec(xml);
  if (rowMatch) {
    const open = rowMatch[0].slice(0, rowMatch[0].indexOf(">") + 1);
    if (rowMatch[1] === "/>") {
      const start = open.slice(0, -2);
      return xml.slice(0, rowMatch.index) + `${start}>${cell}</row>` + xml.slice(rowMatch.index + rowMatch[0].length);
    }
    // Before the first cell to its right, else at the row's end.
    const body = rowMatch[2] ?? "";
    let at = body.length;
    for (const c of body.matchAll(/<(?:[\w.-]+:)?c\b[^>]*?\sr="([A-Z]+)\d+"/g)) {
      if (columnNumber(c[1]!) > col) {
        at = c.index!;
        break;
      }
    }
    const bodyStart = rowMatch.index + open.length;
    return xml.slice(0, bodyStart + at) + cell + xml.slice(bodyStart + at);
  }
  // No such row: a new one before the first row below it, else at the end of sheetData.
  let at = -1;
  for (const r of xml.matchAll(/<(?:[\w.-]+:)?row\b[^>]*?\sr="(\d+)"/g)) {
    if (Number(r[1]) > row + 1) {
      at = r.index!;
      break;
    }
  }
  if (at < 0) at = xml.search(/<\/(?:[\w.-]+:)?sheetData>/);
  const newRow = `<row r="${row + 1}">${cell}</row>`;
  if (at < 0) return xml.replace(/<(?:[\w.-]+:)?sheetData\s*\/>/, () => `<sheetData>${newRow}</sheetData>`);
  return xml.slice(0, at) + newRow + xml.slice(at);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
