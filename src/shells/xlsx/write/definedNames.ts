/**
 * Reading and writing workbook.xml's `<definedNames>` as text, element by element, so the user's
 * names (`#REF!`, constants, formulas, hidden ones, comments) come back exactly as they were:
 * the package writer (addSheets.ts) appends ours after them. Elements are found in a copy with
 * the comments blanked (maskComments.ts), so no pattern turns quadratic on text inside a comment.
 */
import { maskComments } from "../maskComments";

/** One `<definedName>` element as written, with what decides where it belongs. */
export interface DefinedNameElement {
  /** The element exactly as it appears in workbook.xml. */
  xml: string;
  /** The name, unescaped (`_xlnm.Print_Area`, `Rates`). */
  name: string;
  /** The 0-based position in `<sheets>` of the sheet it is scoped to; null for a workbook name. */
  localSheetId: number | null;
}

/** workbook.xml with its `<definedNames>` replaced (or removed when there are none). */
export function withDefinedNames(xml: string, elements: readonly string[]): string {
  const block = elements.length > 0 ? `<definedNames>${elements.join("")}</definedNames>` : "";
  const existing = /<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/.exec(maskComments(xml));
  if (existing) return xml.slice(0, existing.index) + block + xml.slice(existing.index + existing[0].length);
  const masked = maskComments(xml);
  // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames, calcPr, …
  const at = Math.max(...["</sheets>", "</functionGroups>", "</externalReferences>"].map((tag) => {
    const i = masked.lastIndexOf(tag);
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
  const masked = maskComments(xml);
  const block = /<(?:[A-Za-z_][\w.-]*:)?definedNames\b[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?definedNames\s*>/.exec(masked);
  if (!block) return [];
  // Found in the masked copy, taken from the original (a comment inside an element stays as written).
  const original = xml.slice(block.index, block.index + block[0].length);
  return [...block[0].matchAll(DEFINED_NAME)].map((m) => {
    const element = original.slice(m.index, m.index + m[0].length);
    const attributes = m[2] ?? "";
    const id = attribute(attributes, "localSheetId");
    return {
      // Copied into a workbook.xml whose main namespace is the default one.
      xml: m[1] ? element.replace(/^<[^:]+:/, "<").replace(/<\/[^:>]+:(definedName\s*>)$/, "</$1") : element,
      name: unescapeXml(attribute(attributes, "name") ?? ""),
      localSheetId: id !== undefined && /^\s*\d+\s*$/.test(id) ? Number(id) : null,
    };
  });
}

/** Sheet names in `<sheets>` order. */
export function readSheetNames(xml: string): string[] {
  const block = /<(?:[A-Za-z_][\w.-]*:)?sheets\b[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?sheets\s*>/.exec(maskComments(xml));
  if (!block) return [];
  return [...block[0].matchAll(SHEET)].map((m) => unescapeXml(attribute(m[1] ?? "", "name") ?? ""));
}

/** The element with its `localSheetId` attribute set to `id`; everything else as it was. */

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
