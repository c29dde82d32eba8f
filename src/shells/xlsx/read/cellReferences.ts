/**
 * In a worksheet's XML, `<row r="7">` and `<c r="E7">` are optional: without them a row follows
 * the previous one and a cell the previous cell. Excel opens such files (the Open XML SDK and
 * other generators write them), but ExcelJS 4.4 cannot. This numbers them, in memory, the way
 * Excel reads them; the file on disk is never touched.
 */
import type JSZip from "jszip";
import { columnLetter } from "../../../core/workbook/address";

const ROW_OR_CELL = /<(row|c)(?=[\s/>])([^>]*)>/g;
const R_ATTRIBUTE = /\sr="([^"]*)"/;

/** The XML of one sheet with every row and cell numbered. */
export function numberRowsAndCells(xml: string): string {
  const start = xml.indexOf("<sheetData");
  const end = xml.lastIndexOf("</sheetData>");
  if (start < 0 || end < 0) return xml;
  let row = 0;
  let col = 0;
  const data = xml.slice(start, end).replace(ROW_OR_CELL, (tag, name: string, attributes: string) => {
    const given = R_ATTRIBUTE.exec(attributes)?.[1];
    if (name === "row") {
      row = given !== undefined && /^\d+$/.test(given) ? Number(given) : row + 1;
      col = 0;
      return given !== undefined ? tag : `<row r="${row}"${attributes}>`;
    }
    const letters = given === undefined ? null : /^([A-Za-z]+)\d*$/.exec(given)?.[1];
    col = letters ? columnNumber(letters) : col + 1;
    return given !== undefined ? tag : `<c r="${columnLetter(col - 1)}${row}"${attributes}>`;
  });
  return xml.slice(0, start) + data + xml.slice(end);
}

/** Numbers the rows and cells of every worksheet that needs it; true when anything changed. */
export async function mendCellReferences(zip: JSZip): Promise<boolean> {
  let mended = false;
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    const fixed = numberRowsAndCells(xml);
    if (fixed !== xml) {
      zip.file(name, fixed);
      mended = true;
    }
  }
  return mended;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
