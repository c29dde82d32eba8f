/**
 * What kind of workbook a package is, by its main part's content type (ECMA-376 Part 1 §12.3.23,
 * and [MS-OFFMACRO2] for the macro-enabled types), which is what Excel checks against the file
 * name's extension: a macro-enabled package named .xlsx is refused, and the reverse too. The
 * result keeps the input's kind, so it must keep its extension.
 */
import zlib from "node:zlib";
import { CONTENT_TYPES_PART, attribute } from "../packageParts";
import { listParts } from "./packageLimits";

export type WorkbookKind = ".xlsx" | ".xlsm" | ".xltx" | ".xltm";

const KINDS: Record<string, WorkbookKind> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": ".xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": ".xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": ".xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": ".xltm",
};

const MAX_TYPES_BYTES = 4 * 1024 * 1024;

/** The package's kind; ".xlsx" when the bytes are not a package (reading them reports why). */
export function workbookKind(bytes: Buffer): WorkbookKind {
  try {
    const types = listParts(bytes).find((e) => e.name === CONTENT_TYPES_PART);
    if (!types || types.size > MAX_TYPES_BYTES) return ".xlsx";
    const at = types.local;
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + types.compressedSize);
    // Inflated no further than a real [Content_Types].xml ever is: a bomb is refused when the package is read.
    const xml = (types.method === 8 ? zlib.inflateRawSync(data, { maxOutputLength: MAX_TYPES_BYTES }) : data).toString("utf8");
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)) {
      const kind = KINDS[attribute(m[0], "ContentType") ?? ""];
      if (kind) return kind;
    }
  } catch {
    // Not a zip: loading the workbook says what it is.
  }
  return ".xlsx";
}
