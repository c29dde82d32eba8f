/**
 * Reading and writing workbook.xml's `<definedNames>` as text, element by element, so the user's
 * names (`#REF!`, constants, formulas, hidden ones, comments) come back exactly as they were:
 * the package writer (addSheets.ts) appends ours after them.
 */

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
