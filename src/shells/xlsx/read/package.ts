/**
 * Opening the .xlsx package before ExcelJS reads it: a file that is not an .xlsx workbook is named
 * for what it is (an old .xls or a password-protected file, a CSV, an .xlsb or .ods), since ExcelJS
 * would read any zip as an empty workbook and report its tables as missing. Parts ExcelJS cannot
 * follow are mended in memory; the file on disk is never touched.
 */
import JSZip from "jszip";
import { mendAbsoluteTargets } from "./relativeTargets";
import { mendCellReferences } from "./cellReferences";
import { mendWriterParts } from "./writerParts";
import { checkPackage, PackageLimitError, shown } from "./packageLimits";
import { readRelationships, resolveTarget } from "../packageParts";

/** Why the bytes are not a workbook this tool can read, in words a consultant acts on. */
export class NotXlsxError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "NotXlsxError";
  }
}

const SAVE_AS = 'open it in Excel and save it as "Excel Workbook (.xlsx)"';
/** Compound-file signature: Excel 97–2003 .xls, and also any password-protected Office file. */
const OLE2 = Buffer.from("d0cf11e0a1b11ae1", "hex");
const LOCAL_HEADER = Buffer.from("PK\u0003\u0004", "latin1");

export interface OpenedPackage {
  /** The package's parts, as mended for ExcelJS (rows and cells numbered once `numbered` has run). */
  zip: JSZip;
  /** What ExcelJS should read: the bytes as given, or with absolute targets made relative. */
  bytes: Buffer;
  /** The same bytes with every row and cell numbered, for the workbooks ExcelJS cannot read without; null when none lacks a number. */
  numbered(): Promise<Buffer | null>;
}

export async function openPackage(bytes: Buffer): Promise<OpenedPackage> {
  if (bytes.subarray(0, OLE2.length).equals(OLE2)) {
    throw new NotXlsxError(`it is an Excel 97-2003 (.xls) workbook or a password-protected file — ${SAVE_AS}, without a password`);
  }
  if (bytes.length === 0) throw new NotXlsxError("the file is empty");
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    const zipAt = bytes.subarray(0, 1024 * 1024).indexOf(LOCAL_HEADER);
    if (zipAt > 0) throw new PackageLimitError(`it has ${zipAt.toLocaleString("en-US")} bytes before its zip package (a damaged file, or an archive that is not a workbook)`);
    if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") throw new NotXlsxError("it is a PDF document");
    throw new NotXlsxError(looksLikeText(bytes) ? `it is a text file (CSV?) — ${SAVE_AS}` : `it is not a zip package as .xlsx files are — ${SAVE_AS}`);
  }
  // Bombs, size lies, bad part names, damage: refused before anything inflates the package.
  checkPackage(bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    throw new NotXlsxError(`the zip package is damaged (${(error as Error).message})`);
  }
  if (!zip.file("xl/workbook.xml")) throw new NotXlsxError(otherPackage(zip));
  await checkSheetParts(zip);
  const relative = await mendAbsoluteTargets(zip);
  const mended = (await mendWriterParts(zip)) || relative;
  const read = mended ? await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : bytes;
  return {
    zip,
    bytes: read,
    numbered: async () => ((await mendCellReferences(zip)) ? zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : null),
  };
}

const WORKSHEET_REL = /\/relationships\/(?:worksheet|chartsheet|dialogsheet)$/;

/**
 * Every sheet the workbook lists has its part (ExcelJS would skip a missing one, and the tables on
 * it would be reported missing instead of the file damaged).
 */
async function checkSheetParts(zip: JSZip): Promise<void> {
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (rels === undefined) throw new PackageLimitError("the zip package is damaged (the workbook's list of parts is missing)");
  for (const rel of readRelationships(rels)) {
    if (rel.external || !WORKSHEET_REL.test(rel.type)) continue;
    let part: string;
    try {
      part = resolveTarget("xl/workbook.xml", rel.target);
    } catch {
      throw new PackageLimitError(`the zip package is damaged (a sheet's part name "${shown(rel.target)}" cannot be read)`);
    }
    if (part === "xl/workbook.xml" || !zip.file(part)) {
      throw new PackageLimitError(`the zip package is damaged (a sheet points at the part ${shown(part)}, which is missing or is no sheet)`);
    }
  }
}

/** A zip without xl/workbook.xml: say what it is when we can tell. */
function otherPackage(zip: JSZip): string {
  if (zip.file("xl/workbook.bin")) return `it is an Excel binary workbook (.xlsb) — ${SAVE_AS}`;
  if (zip.file("content.xml") && zip.file("mimetype")) return `it is an OpenDocument spreadsheet (.ods) — ${SAVE_AS}`;
  if (zip.file("word/document.xml")) return "it is a Word document";
  if (zip.file("ppt/presentation.xml")) return "it is a PowerPoint presentation";
  return "it is a zip file without a workbook inside";
}

/** The first bytes are printable text (a CSV, a JSON, a note renamed .xlsx). */
function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 512);
  return head.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
}
