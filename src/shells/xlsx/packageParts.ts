/**
 * Open Packaging Conventions, as much as adding sheets to a package needs (ECMA-376 Part 2):
 * where a part's relationships live, what a relationship's target names, and the edits to
 * [Content_Types].xml. Edits change only the elements they add or remove; everything else in
 * the XML stays byte for byte.
 */
import path from "node:path";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
} as const;

const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL = {
  worksheet: `${REL_BASE}/worksheet`,
  styles: `${REL_BASE}/styles`,
  table: `${REL_BASE}/table`,
  drawing: `${REL_BASE}/drawing`,
  chart: `${REL_BASE}/chart`,
  officeDocument: `${REL_BASE}/officeDocument`,
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The element as written. */
  xml: string;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; the package's own: `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === "." ? "" : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
}

/** The part a relationship of `fromPart` points at ("" for the package itself). */
export function resolveTarget(fromPart: string, target: string): string {
  const clean = decodeURI(target.split("#")[0] ?? "");
  if (clean.startsWith("/")) return clean.slice(1);
  const dir = path.posix.dirname(fromPart);
  return path.posix.normalize(dir === "." ? clean : `${dir}/${clean}`).replace(/^\.\//, "");
}

/** The relative target from `fromPart` to `toPart`, as Excel writes it ("../tables/table1.xml"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  return path.posix.relative(path.posix.dirname(fromPart), toPart);
}

export function readRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => {
    const tag = m[0];
    return {
      id: attribute(tag, "Id") ?? "",
      type: attribute(tag, "Type") ?? "",
      target: attribute(tag, "Target") ?? "",
      external: /^External$/i.test(attribute(tag, "TargetMode") ?? ""),
      xml: tag,
    };
  });
}

export function relationshipElement(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeXml(id)}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

export function relationshipsPart(elements: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">${elements.join("")}</Relationships>`;
}

/** A rels part with these elements removed and those added at the end. */
export function editRelationships(xml: string, remove: ReadonlySet<string>, add: readonly string[]): string {
  let out = xml;
  for (const rel of readRelationships(xml)) if (remove.has(rel.id)) out = out.replace(rel.xml, "");
  const close = /<\/(?:[\w.-]+:)?Relationships\s*>/.exec(out);
  if (!close) return relationshipsPart(add);
  const prefix = /<\/([\w.-]+:)?Relationships/.exec(close[0])?.[1] ?? "";
  const added = prefix ? add.map((a) => a.replace(/^<Relationship\b/, `<${prefix}Relationship`)) : add;
  return out.slice(0, close.index) + added.join("") + out.slice(close.index);
}

/** An Id not used by any of these relationships: rId1, rId2, … */
export function freeRelationshipId(used: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `rId${n}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** [Content_Types].xml without the overrides of these parts and with these added. */
export function editContentTypes(xml: string, removeParts: ReadonlySet<string>, add: readonly { part: string; type: string }[]): string {
  let out = xml.replace(/<(?:[\w.-]+:)?Override\b[^>]*>(?:\s*<\/(?:[\w.-]+:)?Override>)?/g, (tag) => {
    const name = attribute(tag, "PartName");
    return name !== undefined && removeParts.has(decodeURI(name).replace(/^\//, "")) ? "" : tag;
  });
  const existing = new Set(
    [...out.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)].map((m) => decodeURI(attribute(m[0], "PartName") ?? "").toLowerCase()),
  );
  const elements = add
    .filter((a) => !existing.has(`/${a.part}`.toLowerCase()))
    .map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${a.type}"/>`);
  const close = /<\/(?:([\w.-]+):)?Types\s*>/.exec(out);
  if (!close) throw new Error("[Content_Types].xml has no <Types>");
  const prefix = close[1] ? `${close[1]}:` : "";
  out = out.slice(0, close.index) + elements.map((e) => e.replace(/^<Override/, `<${prefix}Override`)).join("") + out.slice(close.index);
  return out;
}

/** The first part name `prefix{n}{suffix}` not taken (compared without regard to case, as OPC does). */
export function freePartName(taken: Set<string>, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? "") : undefined;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

export function unescapeXml(s: string): string {
  return s.replace(/&(?:(lt|gt|quot|apos|amp)|#(\d+)|#x([0-9A-Fa-f]+));/g, (_, named: string, dec: string, hex: string) => {
    if (named) return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[named]!;
    return String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16));
  });
}
