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
    throw new NotXlsxError(looksLikeText(bytes) ? `it is a text file (CSV?) — ${SAVE_AS}` : `it is not a zip package as .xlsx files are — ${SAVE_AS}`);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new NotXlsxError(`the zip package is damaged (${(error as Error).message})`);
  }
  if (!zip.file("xl/workbook.xml")) throw new NotXlsxError(otherPackage(zip));
  const relative = await mendAbsoluteTargets(zip);
  const mended = (await mendWriterParts(zip)) || relative;
  const read = mended ? await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : bytes;
  return {
    zip,
    bytes: read,
    numbered: async () => ((await mendCellReferences(zip)) ? zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : null),
  };
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
