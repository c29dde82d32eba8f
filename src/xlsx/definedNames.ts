/**
 * The user's defined names, kept as they were. ExcelJS 4.4 reads only the names it can parse as
 * plain ranges and writes those back changed: `#REF!` names, constants, whole columns and rows are
 * dropped, formulas and external references garbled, same-named sheet-scoped names merged into one
 * workbook name, and `hidden`, `comment` and the like lost. So after ExcelJS writes the result, its
 * workbook.xml gets the input's `<definedName>` elements back verbatim (only `localSheetId`
 * renumbered to the sheet's place in the result), followed by the names our plan added: the
 * ownership markers and the names scoped to our sheets (the Rate Card's print area).
 * A workbook without defined names or external links is written as ExcelJS wrote it.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { ownershipName } from "../report/names";
import { sameName } from "../report/ownership";
import { packageOf } from "./files";
import { carryExternalLinks, hasExternalLinks } from "./externalLinks";
import { renameTablesClashingWith } from "./tableNameClashes";

/** One `<definedName>` element as written, with what decides where it belongs. */
export interface DefinedNameElement {
  /** The element exactly as it appears in workbook.xml. */
  xml: string;
  /** The name, unescaped (`_xlnm.Print_Area`, `Rates`). */
  name: string;
  /** The 0-based position in `<sheets>` of the sheet it is scoped to; null for a workbook name. */
  localSheetId: number | null;
}

const WORKBOOK_PART = "xl/workbook.xml";

/**
 * The result's bytes with the input's defined names restored. `ourSheets` are the sheets the plan
 * (re)wrote: the input's names scoped to an earlier version of one of them, and its markers, are
 * replaced by the ones written now.
 */
export async function keepDefinedNames(input: ExcelJS.Workbook, ourSheets: readonly string[], result: Buffer): Promise<Buffer> {
  const inputZip = packageOf(input);
  const inputXml = inputZip ? await inputZip.file(WORKBOOK_PART)?.async("string") : undefined;
  if (inputZip === undefined || inputXml === undefined) return result;
  const names = readDefinedNames(inputXml);
  const links = hasExternalLinks(inputXml);
  if (names.length === 0 && !links) return result;

  const zip = await JSZip.loadAsync(result);
  let xml = await zip.file(WORKBOOK_PART)!.async("string");
  const kept = mergeDefinedNames(
    { sheets: readSheetNames(inputXml), names },
    { sheets: readSheetNames(xml), names: readDefinedNames(xml) },
    ourSheets,
  );
  xml = withDefinedNames(xml, kept);
  await renameTablesClashingWith(zip, readDefinedNames(xml).map((n) => n.name));
  // External names (`[1]Book!A1`) point into the external links, which ExcelJS does not keep either.
  if (links) xml = await carryExternalLinks(inputZip, inputXml, zip, xml);
  zip.file(WORKBOOK_PART, xml);
  // Untouched parts keep their compressed bytes: only the parts changed here are deflated again.
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

interface NamesOf {
  /** Sheet names in `<sheets>` order: what `localSheetId` counts. */
  sheets: readonly string[];
  names: readonly DefinedNameElement[];
}

/**
 * The result's `<definedName>` elements: the input's, renumbered, except those that belonged to a
 * sheet of ours being replaced (scoped to it, or its marker) or to a sheet the result no longer
 * has; then, as ExcelJS wrote them, the names scoped to our sheets, our markers and any other
 * workbook name the plan added.
 */
export function mergeDefinedNames(input: NamesOf, result: NamesOf, ourSheets: readonly string[]): string[] {
  const isOurs = (sheet: string | undefined) => sheet !== undefined && ourSheets.some((s) => sameName(s, sheet));
  const markers = ourSheets.map(ownershipName).filter((m): m is string => m !== undefined);
  const isMarker = (n: DefinedNameElement) => n.localSheetId === null && markers.some((m) => sameName(m, n.name));

  const kept: string[] = [];
  for (const n of input.names) {
    if (isMarker(n)) continue;
    if (n.localSheetId === null) {
      kept.push(n.xml);
      continue;
    }
    const sheet = input.sheets[n.localSheetId];
    if (sheet === undefined || isOurs(sheet)) continue;
    const at = result.sheets.findIndex((s) => sameName(s, sheet));
    if (at >= 0) kept.push(withLocalSheetId(n.xml, at));
  }
  // ExcelJS writes the input's names too, garbled but under their own names: those are left out.
  const isNew = (n: DefinedNameElement) => !input.names.some((i) => sameName(i.name, n.name));
  for (const n of result.names) {
    if (n.localSheetId === null ? isMarker(n) || isNew(n) : isOurs(result.sheets[n.localSheetId])) kept.push(n.xml);
  }
  return kept;
}

/** workbook.xml with its `<definedNames>` replaced (or removed when there are none). */
export function withDefinedNames(xml: string, elements: readonly string[]): string {
  const block = elements.length > 0 ? `<definedNames>${elements.join("")}</definedNames>` : "";
  const existing = /<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/.exec(xml);
  if (existing) return xml.slice(0, existing.index) + block + xml.slice(existing.index + existing[0].length);
  // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames, calcPr, …
  const at = Math.max(...["</sheets>", "</functionGroups>", "</externalReferences>"].map((tag) => {
    const i = xml.lastIndexOf(tag);
    return i < 0 ? -1 : i + tag.length;
  }));
  if (at < 0) throw new Error("workbook.xml has no <sheets>");
  return xml.slice(0, at) + block + xml.slice(at);
}

/** Attributes of a start tag, tolerating `>` inside quoted values. */
const ATTRIBUTES = String.raw`((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;
/** A prefix such as `x:` when the main namespace is not the default one. */
const PREFIX = String.raw`(?:[A-Za-z_][\w.-]*:)?`;
const DEFINED_NAME = new RegExp(String.raw`<(${PREFIX})definedName${ATTRIBUTES}(?:\/>|>([\s\S]*?)<\/${PREFIX}definedName\s*>)`, "g");
const SHEET = new RegExp(String.raw`<${PREFIX}sheet${ATTRIBUTES}\/?>`, "g");

/** The `<definedName>` elements of a workbook.xml, in order. */
export function readDefinedNames(xml: string): DefinedNameElement[] {
  const block = /<(?:[A-Za-z_][\w.-]*:)?definedNames\b[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?definedNames\s*>/.exec(xml);
  if (!block) return [];
  return [...block[0].matchAll(DEFINED_NAME)].map((m) => {
    const attributes = m[2] ?? "";
    const id = attribute(attributes, "localSheetId");
    return {
      // Copied into a workbook.xml whose main namespace is the default one.
      xml: m[1] ? m[0].replace(/^<[^:]+:/, "<").replace(/<\/[^:>]+:(definedName\s*>)$/, "</$1") : m[0],
      name: unescapeXml(attribute(attributes, "name") ?? ""),
      localSheetId: id !== undefined && /^\s*\d+\s*$/.test(id) ? Number(id) : null,
    };
  });
}

/** Sheet names in `<sheets>` order. */
export function readSheetNames(xml: string): string[] {
  const block = /<(?:[A-Za-z_][\w.-]*:)?sheets\b[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?sheets\s*>/.exec(xml);
  if (!block) return [];
  return [...block[0].matchAll(SHEET)].map((m) => unescapeXml(attribute(m[1] ?? "", "name") ?? ""));
}

/** The element with its `localSheetId` attribute set to `id`; everything else as it was. */
function withLocalSheetId(element: string, id: number): string {
  return element.replace(new RegExp(`^<${PREFIX}definedName${ATTRIBUTES}`), (startTag) =>
    startTag.replace(/(\slocalSheetId\s*=\s*)(["'])[^"']*\2/, `$1$2${id}$2`),
  );
}

function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? (m[1] ?? m[2]) : undefined;
}

function unescapeXml(s: string): string {
  return s.replace(/&(?:(lt|gt|quot|apos|amp)|#(\d+)|#x([0-9A-Fa-f]+));/g, (_, named: string, dec: string, hex: string) => {
    if (named) return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[named]!;
    return String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16));
  });
}
