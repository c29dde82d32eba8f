/**
 * Links to other workbooks, kept. A formula or defined name such as `[1]Prices!$B$2` means "the
 * first `<externalReference>` of workbook.xml", a part ExcelJS 4.4 neither reads nor writes. The
 * result gets the input's link parts back, in the same order, so `[1]` still means the same book.
 */
import JSZip from "jszip";
import path from "node:path";

const PREFIX = String.raw`(?:[A-Za-z_][\w.-]*:)?`;
const EXTERNAL_REFERENCE = new RegExp(String.raw`<${PREFIX}externalReference\b([^>]*)>`, "g");
const LINK_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";

export function hasExternalLinks(workbookXml: string): boolean {
  return new RegExp(String.raw`<${PREFIX}externalReference\b`).test(workbookXml);
}

interface Link {
  type: string;
  data: Uint8Array;
  rels: Uint8Array | null;
  contentType: string;
}

/**
 * Copies the input's external link parts into the result package and returns the result's
 * workbook.xml with its `<externalReferences>`. All or nothing: were one link missing, the ones
 * after it would be renumbered and `[2]` would silently mean another workbook.
 */
export async function carryExternalLinks(input: JSZip, inputXml: string, result: JSZip, resultXml: string): Promise<string> {
  const links = await readLinks(input, inputXml);
  if (links === null || links.length === 0) return resultXml;
  const relsPart = "xl/_rels/workbook.xml.rels";
  let rels = (await result.file(relsPart)?.async("string")) ?? "";
  let types = (await result.file("[Content_Types].xml")?.async("string")) ?? "";
  const references: string[] = [];
  links.forEach((link, i) => {
    const file = `externalLink${i + 1}.xml`;
    result.file(`xl/externalLinks/${file}`, link.data);
    if (link.rels) result.file(`xl/externalLinks/_rels/${file}.rels`, link.rels);
    let id = `rIdExternalLink${i + 1}`;
    while (rels.includes(`Id="${id}"`)) id += "_";
    rels = rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${link.type}" Target="externalLinks/${file}"/></Relationships>`);
    types = types.replace("</Types>", `<Override PartName="/xl/externalLinks/${file}" ContentType="${link.contentType}"/></Types>`);
    references.push(`<externalReference r:id="${id}"/>`);
  });
  result.file(relsPart, rels);
  result.file("[Content_Types].xml", types);
  // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames. ExcelJS writes no functionGroups.
  const at = resultXml.indexOf("</sheets>") + "</sheets>".length;
  return `${resultXml.slice(0, at)}<externalReferences>${references.join("")}</externalReferences>${resultXml.slice(at)}`;
}

/** The input's links in `<externalReferences>` order; null when one cannot be found. */
async function readLinks(zip: JSZip, workbookXml: string): Promise<Link[] | null> {
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const links: Link[] = [];
  for (const m of workbookXml.matchAll(EXTERNAL_REFERENCE)) {
    const id = /\b[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(m[1] ?? "")?.[1];
    const rel = id === undefined ? undefined : [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((r) => r[0]).find((r) => attribute(r, "Id") === id);
    const target = rel ? attribute(rel, "Target") : undefined;
    if (!rel || target === undefined) return null;
    const part = target.startsWith("/") ? target.slice(1) : path.posix.normalize(path.posix.join("xl", target));
    const data = await zip.file(part)?.async("uint8array");
    if (data === undefined) return null;
    const relsOf = `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
    const override = [...types.matchAll(/<Override\b[^>]*>/g)].map((o) => o[0]).find((o) => attribute(o, "PartName") === `/${part}`);
    links.push({
      type: attribute(rel, "Type") ?? "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink",
      data,
      rels: (await zip.file(relsOf)?.async("uint8array")) ?? null,
      contentType: (override && attribute(override, "ContentType")) ?? LINK_CONTENT_TYPE,
    });
  }
  return links;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}
