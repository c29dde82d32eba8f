/**
 * The result workbook: the input package with our sheets added. Every part of the input comes
 * back byte for byte (sheets, charts, pivot tables and caches, slicers, comments, images, external
 * links, custom XML, VBA), except the index parts that must list the new sheets:
 * [Content_Types].xml, xl/workbook.xml and its rels, and xl/styles.xml (our styles appended, so no
 * existing style index moves). A sheet of ours from an earlier run is replaced where it was, and
 * every part only it used (its tables, drawing, charts, their rels) goes with it.
 * Ownership is read from the package itself (src/core/report/outputs/ownership.ts); a same-named sheet of the
 * user's stops everything with ForeignSheetError.
 */
import path from "node:path";
import { ForeignSheetError } from "../../../core/report/outputs/foreignSheet";
import { ownershipName, uniqueTableName } from "../../../core/report/outputs/names";
import { sameName, sheetOwnership } from "../../../core/report/outputs/ownership";
import { parseA1, splitAddress } from "../../../core/workbook/address";
import { readDefinedNames, withDefinedNames, type DefinedNameElement } from "./definedNames";
import { chartXml, drawingXml } from "./chartXml";
import {
  CONTENT_TYPE,
  NS,
  CONTENT_TYPES_PART,
  REL,
  attribute,
  editContentTypes,
  editRelationships,
  escapeXml,
  freePartName,
  freeRelationshipId,
  readRelationships,
  relationshipElement,
  relationshipsPart,
  relativeTarget,
  relsPartOf,
  resolveTarget,
  unescapeXml,
} from "../packageParts";
import type { SheetContent, StylePalette } from "./sheetContent";
import { EMPTY_STYLES, appendStyles } from "./stylesXml";
import { absoluteRef, tableXml, worksheetXml } from "./worksheetXml";
import { maskComments } from "../maskComments";
import { entryBytes, newEntry, readZip, writeZip, type ZipEntry } from "../zipArchive";

export interface AddedSheets {
  bytes: Buffer;
  /** Names of key figures not written because the user's workbook already uses the name elsewhere. */
  namesInUse: string[];
}

export interface AddOptions {
  /**
   * The sheet to open on. Only when the package has no sheet of the user's: their active sheet
   * is marked selected in its own part (tabSelected), which must stay byte for byte, and a second
   * selected sheet would open the two grouped.
   */
  activate?: string;
}

interface SheetElement {
  xml: string;
  name: string;
  sheetId: number;
  rId: string;
}

/** Our sheets written into the input package; `palette` holds the styles their cells use. */
export function addSheets(input: Buffer, sheets: readonly SheetContent[], palette: StylePalette, options: AddOptions = {}): AddedSheets {
  const pkg = new Package(readZip(input));
  const workbookPart = pkg.officeDocument();
  let workbookXml = pkg.text(workbookPart);
  const workbookRelsPart = relsPartOf(workbookPart);
  const workbookRels = readRelationships(pkg.has(workbookRelsPart) ? pkg.text(workbookRelsPart) : "");
  const elements = sheetElements(workbookXml);
  const names = readDefinedNames(workbookXml);
  const sheetsNamedBy = (marker: string) =>
    names.filter((n) => n.localSheetId === null && sameName(n.name, marker)).map((n) => splitAddress(nameFormula(n)).sheet ?? "");

  // Ownership first: nothing is built when one planned sheet is the user's.
  const replaced = new Map<string, SheetElement>();
  for (const sheet of sheets) {
    const state = sheetOwnership(sheet.name, elements.map((e) => e.name), sheetsNamedBy);
    if (state === "foreign") throw new ForeignSheetError(sheet.name);
    const old = elements.find((e) => sameName(e.name, sheet.name));
    if (state === "ours" && old) replaced.set(sheet.name, old);
  }

  // Our old sheets' parts, and everything only they lead to.
  const removed = new Set<string>();
  const removedRels = new Set<string>();
  for (const old of replaced.values()) {
    const rel = workbookRels.find((r) => r.id === old.rId);
    removedRels.add(old.rId);
    if (rel && !rel.external) pkg.collect(resolveTarget(workbookPart, rel.target), removed);
  }
  pkg.keepShared(removed, (relsPart, id) => relsPart === workbookRelsPart && removedRels.has(id));

  const usedRelIds = new Set(workbookRels.map((r) => r.id));
  const taken = new Set(pkg.names().filter((n) => !removed.has(n)).map((n) => n.toLowerCase()));
  const { tableNames, nextTableId } = pkg.tables(removed);
  const ourSheetNames = sheets.map((s) => s.name);
  const isOurs = (sheet: string | null | undefined) => sheet != null && ourSheetNames.some((s) => sameName(s, sheet));
  const sheetNames = elements.map((e) => e.name);
  const markers = ourSheetNames.map(ownershipName).filter((m): m is string => m !== undefined);
  const ourNamedCells = new Set(sheets.flatMap((s) => s.namedCells.map((n) => n.name.toLocaleLowerCase())));
  const keptNames = names.filter((n) => {
    if (n.localSheetId !== null) return !isOurs(sheetNames[n.localSheetId]);
    if (markers.some((m) => sameName(m, n.name))) return false;
    // A key figure's name from an earlier run (it points into our sheet) is written again.
    return !(ourNamedCells.has(n.name.toLocaleLowerCase()) && isOurs(splitAddress(nameFormula(n)).sheet));
  });
  const namespace = new Set([...tableNames, ...keptNames.map((n) => n.name.toLocaleLowerCase())]);

  // Styles: ours appended to the input's.
  const stylesRel = workbookRels.find((r) => r.type === REL.styles);
  const stylesPart = stylesRel ? resolveTarget(workbookPart, stylesRel.target) : "xl/styles.xml";
  const styles = appendStyles(pkg.has(stylesPart) ? pkg.text(stylesPart) : EMPTY_STYLES, palette.styles);
  pkg.put(stylesPart, styles.xml);
  const addRels: string[] = [];
  const addTypes: { part: string; type: string }[] = [];
  if (!stylesRel) {
    addRels.push(relationshipElement(freeRelationshipId(usedRelIds), REL.styles, relativeTarget(workbookPart, stylesPart)));
    addTypes.push({ part: stylesPart, type: CONTENT_TYPE.styles });
  }

  const xlDir = path.posix.dirname(workbookPart);
  let tableId = nextTableId;
  const namesInUse: string[] = [];
  const newNames: string[] = [];
  let sheetsXml = elements.map((e) => e.xml);
  let nextSheetId = Math.max(0, ...elements.map((e) => e.sheetId)) + 1;
  const finalNames = [...sheetNames];
  const rPrefix = relationshipPrefix(workbookXml);
  for (const sheet of sheets) {
    const sheetPart = freePartName(taken, `${xlDir}/worksheets/sheet`, ".xml");
    const sheetRels: string[] = [];
    const sheetRelIds = new Set<string>();
    const tableRIds: string[] = [];
    for (const table of sheet.tables) {
      const part = freePartName(taken, `${xlDir}/tables/table`, ".xml");
      const name = uniqueTableName(table.name, namespace);
      pkg.put(part, tableXml(table, tableId++, name));
      addTypes.push({ part, type: CONTENT_TYPE.table });
      const id = freeRelationshipId(sheetRelIds);
      sheetRels.push(relationshipElement(id, REL.table, relativeTarget(sheetPart, part)));
      tableRIds.push(id);
    }
    let drawingRId: string | undefined;
    if (sheet.charts.length > 0) {
      const drawingPart = freePartName(taken, `${xlDir}/drawings/drawing`, ".xml");
      const drawingRels: string[] = [];
      const chartRIds = sheet.charts.map((chart, i) => {
        const part = freePartName(taken, `${xlDir}/charts/chart`, ".xml");
        pkg.put(part, chartXml(sheet.name, chart));
        addTypes.push({ part, type: CONTENT_TYPE.chart });
        const id = `rId${i + 1}`;
        drawingRels.push(relationshipElement(id, REL.chart, relativeTarget(drawingPart, part)));
        return id;
      });
      pkg.put(drawingPart, drawingXml(sheet.charts, chartRIds));
      pkg.put(relsPartOf(drawingPart), relationshipsPart(drawingRels));
      addTypes.push({ part: drawingPart, type: CONTENT_TYPE.drawing });
      drawingRId = freeRelationshipId(sheetRelIds);
      sheetRels.push(relationshipElement(drawingRId, REL.drawing, relativeTarget(sheetPart, drawingPart)));
    }
    const selected = options.activate !== undefined && sameName(options.activate, sheet.name) && elements.every((e) => [...replaced.values()].includes(e));
    pkg.put(sheetPart, worksheetXml(sheet, styles.xf, { ...(drawingRId ? { drawing: drawingRId } : {}), tables: tableRIds, selected }));
    if (sheetRels.length > 0) pkg.put(relsPartOf(sheetPart), relationshipsPart(sheetRels));
    addTypes.push({ part: sheetPart, type: CONTENT_TYPE.worksheet });

    const rId = freeRelationshipId(usedRelIds);
    addRels.push(relationshipElement(rId, REL.worksheet, relativeTarget(workbookPart, sheetPart)));
    const old = replaced.get(sheet.name);
    const state = sheet.state && sheet.state !== "visible" ? ` state="${sheet.state}"` : "";
    const element = (sheetId: number) =>
      `<${elements.prefix}sheet name="${escapeXml(sheet.name)}" sheetId="${sheetId}"${state} ${rPrefix.attribute}="${rId}"${rPrefix.declaration}/>`;
    let index: number;
    if (old) {
      index = elements.indexOf(old);
      sheetsXml[index] = element(old.sheetId);
      finalNames[index] = sheet.name;
    } else {
      index = sheetsXml.length;
      sheetsXml = [...sheetsXml, element(nextSheetId++)];
      finalNames.push(sheet.name);
    }

    const marker = ownershipName(sheet.name);
    if (marker) newNames.push(definedName(marker, absoluteRef(sheet.name, 0, 0)));
    if (sheet.print) {
      const [from, to = from] = sheet.print.printArea.replace(/\$/g, "").split(":") as [string, string?];
      const area = absoluteRangeOf(sheet.name, from, to);
      newNames.push(definedName("_xlnm.Print_Area", area, index));
    }
    for (const n of sheet.namedCells) {
      if (namespace.has(n.name.toLocaleLowerCase())) {
        namesInUse.push(n.name);
        continue;
      }
      namespace.add(n.name.toLocaleLowerCase());
      const { row, col } = parseA1(n.at);
      newNames.push(definedName(n.name, absoluteRef(sheet.name, row, col)));
    }
  }

  const activeTab = options.activate === undefined ? -1 : finalNames.findIndex((n) => sameName(n, options.activate!));
  const onlyOurs = elements.every((e) => [...replaced.values()].includes(e));
  workbookXml = withSheets(workbookXml, sheetsXml);
  if (activeTab >= 0 && onlyOurs) workbookXml = withActiveTab(workbookXml, activeTab);
  workbookXml = withDefinedNames(workbookXml, [...keptNames.map((n) => n.xml), ...newNames]);
  pkg.put(workbookPart, workbookXml);
  pkg.put(
    workbookRelsPart,
    pkg.has(workbookRelsPart) ? editRelationships(pkg.text(workbookRelsPart), removedRels, addRels) : relationshipsPart(addRels),
  );
  pkg.put(CONTENT_TYPES_PART, editContentTypes(pkg.text(CONTENT_TYPES_PART), removed, addTypes));
  for (const part of removed) pkg.remove(part);
  return { bytes: pkg.write(), namesInUse };
}

/** The package's entries, read lazily, with the parts we change or add. */
class Package {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly written = new Map<string, ZipEntry>();
  private readonly gone = new Set<string>();

  constructor(private readonly entries: ZipEntry[]) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase()) || this.written.has(part.toLowerCase());
  }

  text(part: string): string {
    const e = this.byName.get(part.toLowerCase());
    if (!e) throw new Error(`The package has no ${part}`);
    return entryBytes(e).toString("utf8").replace(/^\uFEFF/, "");
  }

  /** The main part: the package relationship of type officeDocument (xl/workbook.xml as Excel writes it). */
  officeDocument(): string {
    const rels = this.has("_rels/.rels") ? readRelationships(this.text("_rels/.rels")) : [];
    const main = rels.find((r) => r.type === REL.officeDocument && !r.external);
    const part = main ? resolveTarget("", main.target) : "xl/workbook.xml";
    return this.byName.get(part.toLowerCase())?.name ?? part;
  }

  /** Adds to `into` the part, its rels and every internal part they lead to. */
  collect(part: string, into: Set<string>): void {
    const stack = [part];
    while (stack.length > 0) {
      const p = this.byName.get(stack.pop()!.toLowerCase())?.name;
      if (p === undefined || into.has(p)) continue;
      into.add(p);
      const rels = relsPartOf(p);
      if (!this.has(rels)) continue;
      into.add(this.byName.get(rels.toLowerCase())!.name);
      for (const r of readRelationships(this.text(rels))) if (!r.external) stack.push(resolveTarget(p, r.target));
    }
  }

  /** Leaves in the package any part of `removed` that a part staying in it still refers to (an image two drawings share). */
  keepShared(removed: Set<string>, goingAway: (relsPart: string, id: string) => boolean): void {
    if (removed.size === 0) return;
    for (const e of this.entries) {
      if (!e.name.endsWith(".rels") || removed.has(e.name)) continue;
      const source = sourceOfRels(e.name);
      for (const r of readRelationships(this.text(e.name))) {
        if (r.external || goingAway(e.name, r.id)) continue;
        const target = this.byName.get(resolveTarget(source, r.target).toLowerCase())?.name;
        if (target && removed.has(target)) {
          const kept = new Set<string>();
          this.collect(target, kept);
          for (const k of kept) removed.delete(k);
        }
      }
    }
  }

  /** Names (lower-cased) and the next free id of the tables that stay. */
  tables(removed: ReadonlySet<string>): { tableNames: Set<string>; nextTableId: number } {
    const tableNames = new Set<string>();
    let max = 0;
    for (const e of this.entries) {
      if (removed.has(e.name) || !/(^|\/)tables\/[^/]+\.xml$/i.test(e.name)) continue;
      const tag = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(this.text(e.name))?.[0] ?? "";
      const name = attribute(tag, "name");
      const displayName = attribute(tag, "displayName");
      if (name) tableNames.add(name.toLocaleLowerCase());
      if (displayName) tableNames.add(displayName.toLocaleLowerCase());
      max = Math.max(max, Number(attribute(tag, "id") ?? 0) || 0);
    }
    return { tableNames, nextTableId: max + 1 };
  }

  put(part: string, content: string): void {
    const like = this.byName.get(part.toLowerCase());
    this.written.set(part.toLowerCase(), newEntry(like?.name ?? part, content, like));
  }

  remove(part: string): void {
    this.gone.add(part.toLowerCase());
  }

  /** The input's entries in their order (those we changed in their place), then the new ones. */
  write(): Buffer {
    const out: ZipEntry[] = [];
    const placed = new Set<string>();
    for (const e of this.entries) {
      const key = e.name.toLowerCase();
      if (this.gone.has(key) && !this.written.has(key)) continue;
      out.push(this.written.get(key) ?? e);
      placed.add(key);
    }
    for (const [key, e] of this.written) if (!placed.has(key)) out.push(e);
    return writeZip(out);
  }
}

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml`. */
function sourceOfRels(relsPart: string): string {
  const dir = path.posix.dirname(path.posix.dirname(relsPart));
  const base = path.posix.basename(relsPart).replace(/\.rels$/, "");
  return dir === "." ? base : `${dir}/${base}`;
}

/** workbook.xml opening on the sheet at `index` (the first workbook view's activeTab; a view added when there is none). */
function withActiveTab(xml: string, index: number): string {
  const view = /<(?:[\w.-]+:)?workbookView\b[^>]*?\/?>/.exec(xml);
  if (view) {
    const tag = view[0].replace(/\s(?:activeTab|firstSheet)\s*=\s*("[^"]*"|'[^']*')/g, "");
    const withTab = tag.replace(/\s*(\/?>)$/, (end) => ` activeTab="${index}"${end.trim() === "/>" ? "/>" : ">"}`);
    return xml.slice(0, view.index) + withTab + xml.slice(view.index + view[0].length);
  }
  const sheets = /<(?:[\w.-]+:)?sheets\b/.exec(xml);
  return sheets ? `${xml.slice(0, sheets.index)}<bookViews><workbookView activeTab="${index}"/></bookViews>${xml.slice(sheets.index)}` : xml;
}

/** The `<sheet>` elements of workbook.xml, with the prefix its main namespace uses. */
function sheetElements(xml: string): SheetElement[] & { prefix: string } {
  // Found in a copy without comments (maskComments.ts): no pattern turns quadratic on a comment's text.
  const block = /<(?:([\w.-]+):)?sheets\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?sheets\s*>/.exec(maskComments(xml));
  const prefix = (block?.[1] ?? /<(?:([\w.-]+):)?sheets\b/.exec(xml)?.[1]) ? `${block?.[1] ?? /<(?:([\w.-]+):)?sheets\b/.exec(xml)?.[1]}:` : "";
  const list = [...(block?.[2] ?? "").matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) => {
    const tag = m[0];
    const rId = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? "";
    return { xml: tag, name: attribute(tag, "name") ?? "", sheetId: Number(attribute(tag, "sheetId") ?? 0), rId };
  });
  return Object.assign(list, { prefix });
}

function withSheets(xml: string, sheets: readonly string[]): string {
  const masked = maskComments(xml);
  const block = /(<(?:[\w.-]+:)?sheets\b[^>]*>)([\s\S]*?)(<\/(?:[\w.-]+:)?sheets\s*>)/.exec(masked);
  if (block) return xml.slice(0, block.index) + block[1] + sheets.join("") + block[3] + xml.slice(block.index + block[0].length);
  // A workbook without sheets may write <sheets/>.
  const empty = /<((?:[\w.-]+:)?)sheets\b([^>]*?)\/>/.exec(masked);
  if (!empty) {
    // None at all (ExcelJS writes a workbook without sheets so): CT_Workbook puts it after bookViews.
    const next = /<(?:[\w.-]+:)?(?:functionGroups|externalReferences|definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:[\w.-]+:)?workbook\s*>/.exec(masked);
    if (!next) throw new Error("workbook.xml has no <workbook>");
    return `${xml.slice(0, next.index)}<sheets>${sheets.join("")}</sheets>${xml.slice(next.index)}`;
  }
  const element = `<${empty[1]}sheets${empty[2]}>${sheets.join("")}</${empty[1]}sheets>`;
  return xml.slice(0, empty.index) + element + xml.slice(empty.index + empty[0].length);
}

/** How workbook.xml spells the relationships namespace on an element (declared on the element when the root does not). */
function relationshipPrefix(xml: string): { attribute: string; declaration: string } {
  const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? "";
  const m = /\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g;
  for (const d of root.matchAll(m)) if (d[2] === NS.r) return { attribute: `${d[1]}:id`, declaration: "" };
  return { attribute: "r:id", declaration: ` xmlns:r="${NS.r}"` };
}

/** The formula a defined name stands for (`'Pricing Results'!$A$1`). */
function nameFormula(n: DefinedNameElement): string {
  return unescapeXml(/>([\s\S]*)<\//.exec(n.xml)?.[1] ?? "");
}

function definedName(name: string, formula: string, localSheetId?: number): string {
  const scope = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
  return `<definedName name="${escapeXml(name)}"${scope}>${escapeXml(formula).replace(/'/g, "&apos;")}</definedName>`;
}

function absoluteRangeOf(sheet: string, from: string, to: string): string {
  const a = parseA1(from);
  const b = parseA1(to);
  return absoluteRef(sheet, Math.min(a.row, b.row), Math.min(a.col, b.col), Math.max(a.row, b.row), Math.max(a.col, b.col));
}
