/**
 * Our cell styles appended to the input's styles.xml (ECMA-376 Part 1, §18.8): new fonts, number
 * formats, one empty border and new cellXfs at the END of their lists, so every style index the
 * user's cells use still means what it meant. Nothing else in the part changes.
 */
import type { CellStyle } from "./sheetContent";
import { NS, escapeXml, unescapeXml } from "../packageParts";
import { argb } from "./worksheetXml";

/** Number formats every Excel knows by id (ECMA-376 §18.8.30); others get ids from 164 on. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11,
};

/** The font our cells are measured in (src/core/report/layout/textWidth.ts): named, so no application substitutes another. */
const BASE_FONT = { name: "Calibri", size: 11, family: 2 };

/** A styles.xml for a package that has none (Excel requires the font, fill, border and xf lists). */
export const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS.main}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export interface AppendedStyles {
  xml: string;
  /** The cellXfs index of each style, in the palette's order. */
  xf: number[];
}

export function appendStyles(stylesXml: string, styles: readonly CellStyle[]): AppendedStyles {
  let xml = stylesXml;
  if (styles.length === 0) return { xml, xf: [] };
  const p = /<(?:([\w.-]+):)?styleSheet\b/.exec(xml)?.[1];
  const prefix = p ? `${p}:` : "";

  // Number formats: an existing one with the same code is reused; a built-in by its id.
  const formats = new Map<string, number>(Object.entries(BUILT_IN_FORMATS));
  let nextFormat = 164;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*>/g)) {
    const id = Number(/\snumFmtId\s*=\s*["'](\d+)["']/.exec(m[0])?.[1]);
    const code = /\sformatCode\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[0]);
    if (!Number.isFinite(id)) continue;
    nextFormat = Math.max(nextFormat, id + 1);
    if (code) formats.set(unescapeXml(code[1] ?? code[2] ?? ""), id);
  }
  const newFormats: string[] = [];
  const formatId = (code: string | null): number => {
    if (code === null) return 0;
    let id = formats.get(code);
    if (id === undefined) {
      id = nextFormat++;
      formats.set(code, id);
      newFormats.push(`<${prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  };

  // A style already there exactly as we write it (from an earlier run) is used again, so
  // re-running on the result leaves styles.xml as it was.
  const existingFonts = childrenOf(xml, "fonts");
  const existingBorders = childrenOf(xml, "borders");
  const existingXfs = childrenOf(xml, "cellXfs");
  const emptyBorder = `<${prefix}border><${prefix}left/><${prefix}right/><${prefix}top/><${prefix}bottom/><${prefix}diagonal/></${prefix}border>`;
  // Our own empty border: the input's border 0 is empty by convention only.
  let borderId = existingBorders.lastIndexOf(emptyBorder);
  const borders: string[] = [];
  if (borderId < 0) {
    borderId = existingBorders.length;
    borders.push(emptyBorder);
  }
  // Fills and bordered styles only when some cell has one (the rate card): other results leave those lists as they were.
  const painted = styles.some((st) => st.fill || st.rule);
  if (painted && !/<(?:[\w.-]+:)?fills\b/.test(xml)) {
    xml = xml.replace(/(<\/(?:[\w.-]+:)?fonts>|<(?:[\w.-]+:)?fonts\b[^>]*\/>)/, `$1<${prefix}fills count="2"><${prefix}fill><${prefix}patternFill patternType="none"/></${prefix}fill><${prefix}fill><${prefix}patternFill patternType="gray125"/></${prefix}fill></${prefix}fills>`);
  }
  const existingFills = painted ? childrenOf(xml, "fills") : [];
  const fills: string[] = [];
  const fillId = (color: string | undefined): number => {
    if (!color) return 0;
    const fillXml = `<${prefix}fill><${prefix}patternFill patternType="solid"><${prefix}fgColor rgb="${argb(color)}"/><${prefix}bgColor indexed="64"/></${prefix}patternFill></${prefix}fill>`;
    const at = existingFills.lastIndexOf(fillXml);
    if (at >= 0) return at;
    if (!fills.includes(fillXml)) fills.push(fillXml);
    return existingFills.length + fills.indexOf(fillXml);
  };
  const ruleId = (color: string | undefined): number => {
    if (!color) return borderId;
    const ruleXml = `<${prefix}border><${prefix}left/><${prefix}right/><${prefix}top/><${prefix}bottom style="thin"><${prefix}color rgb="${argb(color)}"/></${prefix}bottom><${prefix}diagonal/></${prefix}border>`;
    const at = existingBorders.lastIndexOf(ruleXml);
    if (at >= 0) return at;
    if (!borders.includes(ruleXml)) borders.push(ruleXml);
    return existingBorders.length + borders.indexOf(ruleXml);
  };
  const fonts: string[] = [];
  const xfs: string[] = [];
  const xf = styles.map((style) => {
    const fontXml = font(style, prefix);
    let fontId = existingFonts.lastIndexOf(fontXml);
    if (fontId < 0) fontId = fonts.indexOf(fontXml) >= 0 ? existingFonts.length + fonts.indexOf(fontXml) : -1;
    if (fontId < 0) {
      fontId = existingFonts.length + fonts.length;
      fonts.push(fontXml);
    }
    const numFmtId = formatId(style.numFmt);
    const alignment = [
      style.horizontal ? ` horizontal="${style.horizontal}"` : "",
      style.wrap ? ` vertical="${style.wrap}" wrapText="1"` : "",
    ].join("");
    const fill = fillId(style.fill);
    const border = ruleId(style.rule);
    const xfXml =
      `<${prefix}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fill}" borderId="${border}" xfId="0" applyFont="1"` +
      `${fill ? ' applyFill="1"' : ""}${style.rule ? ' applyBorder="1"' : ""}` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""}${alignment ? ` applyAlignment="1"><${prefix}alignment${alignment}/></${prefix}xf>` : "/>"}`;
    const existing = existingXfs.lastIndexOf(xfXml);
    if (existing > 0) return existing;
    const added = xfs.indexOf(xfXml);
    if (added >= 0) return existingXfs.length + added;
    xfs.push(xfXml);
    return existingXfs.length + xfs.length - 1;
  });

  if (newFormats.length > 0) {
    xml = /<(?:[\w.-]+:)?numFmts\b/.test(xml)
      ? appendTo(xml, "numFmts", newFormats)
      : xml.replace(/<(?:[\w.-]+:)?styleSheet\b[^>]*>/, (root) => `${root}<${prefix}numFmts count="${newFormats.length}">${newFormats.join("")}</${prefix}numFmts>`);
  }
  xml = appendTo(xml, "fonts", fonts);
  xml = appendTo(xml, "fills", fills);
  xml = appendTo(xml, "borders", borders);
  xml = appendTo(xml, "cellXfs", xfs);
  return { xml, xf };
}

function font(style: CellStyle, prefix: string): string {
  const f = style.font;
  return (
    `<${prefix}font>${f.bold ? `<${prefix}b/>` : ""}${f.italic ? `<${prefix}i/>` : ""}<${prefix}sz val="${f.size ?? BASE_FONT.size}"/>` +
    `${f.color ? `<${prefix}color rgb="${argb(f.color)}"/>` : ""}<${prefix}name val="${BASE_FONT.name}"/><${prefix}family val="${BASE_FONT.family}"/></${prefix}font>`
  );
}

/** The children of a list element as written (a writer's `count` may be wrong: the index is what matters). */
function childrenOf(xml: string, list: string): string[] {
  const m = new RegExp(String.raw`<(?:[\w.-]+:)?${list}\b([^>]*?)(\/?)>([\s\S]*?)(?:<\/(?:[\w.-]+:)?${list}>|$)`).exec(xml);
  if (!m) throw new Error(`styles.xml has no <${list}>`);
  if (m[2] === "/") return [];
  const child = list === "cellXfs" ? "xf" : list.slice(0, -1);
  const element = new RegExp(String.raw`<(?:[\w.-]+:)?${child}\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?${child}>)`, "g");
  return [...(m[3] ?? "").matchAll(element)].map((c) => c[0]);
}

function countOf(xml: string, list: string): number {
  return childrenOf(xml, list).length;
}

/** The list element with these children added at its end and its count set. */
function appendTo(xml: string, list: string, children: readonly string[]): string {
  if (children.length === 0) return xml;
  const selfClosing = new RegExp(String.raw`<((?:[\w.-]+:)?)${list}\b([^>]*?)\/>`).exec(xml);
  if (selfClosing) {
    const open = `<${selfClosing[1]}${list}${setCount(selfClosing[2] ?? "", children.length)}>`;
    return xml.slice(0, selfClosing.index) + open + children.join("") + `</${selfClosing[1]}${list}>` + xml.slice(selfClosing.index + selfClosing[0].length);
  }
  const open = new RegExp(String.raw`<((?:[\w.-]+:)?)${list}\b([^>]*)>`).exec(xml)!;
  const closeTag = `</${open[1]}${list}>`;
  const close = xml.indexOf(closeTag, open.index);
  const existing = countOf(xml, list);
  const start = `<${open[1]}${list}${setCount(open[2] ?? "", existing + children.length)}>`;
  return xml.slice(0, open.index) + start + xml.slice(open.index + open[0].length, close) + children.join("") + xml.slice(close);
}

function setCount(attributes: string, count: number): string {
  return /\scount\s*=/.test(attributes) ? attributes.replace(/(\scount\s*=\s*)(["'])\d*\2/, `$1"${count}"`) : `${attributes} count="${count}"`;
}
