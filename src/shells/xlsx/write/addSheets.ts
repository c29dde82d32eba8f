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
import { ownershipName, uniqueTableName } from "../../../core/report/outputs/names";
import { checkOwnership, sameName, sheetOwnership } from "../../../core/report/outputs/ownership";
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
import JSZip from "jszip";

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
export async function addSheets(input: Buffer, sheets: readonly SheetContent[], palette: StylePalette, options: AddOptions = {}): Promise<AddedSheets> {
  const book = readWorkbookIndex(await Package.open(input));
  const replaced = claimOurSheets(book, sheets);
  const { removed, removedRels } = partsToRemove(book, replaced);
  const base = {
    book,
    removed,
    removedRels,
    usedRelIds: new Set(book.rels.map((r) => r.id)),
    taken: new Set(book.pkg.names().filter((n) => !removed.has(n)).map((n) => n.toLowerCase())),
    addRels: [] as string[],
    addTypes: [] as Graft["addTypes"],
  };
  const graft: Graft = {
    ...base,
    ...namesKept(book, sheets, removed),
    styles: appendOurStyles(base, palette),
    tableId: book.pkg.tables(removed).nextTableId,
    namesInUse: [],
    newNames: [],
    sheetsXml: book.elements.map((e) => e.xml),
    finalNames: book.elements.map((e) => e.name),
    nextSheetId: Math.max(0, ...book.elements.map((e) => e.sheetId)) + 1,
  };
  const onlyOurs = book.elements.every((e) => [...replaced.values()].includes(e));
  for (const sheet of sheets) {
    const selected = options.activate !== undefined && sameName(options.activate, sheet.name) && onlyOurs;
    const rId = writeSheetParts(graft, sheet, selected);
    const index = listSheet(graft, sheet, rId, replaced.get(sheet.name));
    nameSheetCells(graft, sheet, index);
  }
  writeIndexParts(graft, options.activate, onlyOurs);
  return { bytes: await book.pkg.write(), namesInUse: graft.namesInUse };
}

/** workbook.xml, its relationships, its sheets and its defined names, as the input has them. */
interface WorkbookIndexParts {
  pkg: Package;
  part: string;
  xml: string;
  relsPart: string;
  rels: ReturnType<typeof readRelationships>;
  elements: SheetElement[] & { prefix: string };
  names: DefinedNameElement[];
}

/** What the steps of a graft share: the input's index, and what is added to it as sheets are written. */
interface Graft {
  book: WorkbookIndexParts;
  removed: Set<string>;
  removedRels: Set<string>;
  usedRelIds: Set<string>;
  /** Part names in use (lower-cased), so new parts get free ones. */
  taken: Set<string>;
  addRels: string[];
  addTypes: { part: string; type: string }[];
  keptNames: DefinedNameElement[];
  /** Table and defined names in use (lower-cased): ours must not clash with them. */
  namespace: Set<string>;
  isOurs: (sheet: string | null | undefined) => boolean;
  styles: ReturnType<typeof appendStyles>;
  tableId: number;
  namesInUse: string[];
  newNames: string[];
  sheetsXml: string[];
  finalNames: string[];
  nextSheetId: number;
}

function readWorkbookIndex(pkg: Package): WorkbookIndexParts {
  const part = pkg.officeDocument();
  const xml = pkg.text(part);
  const relsPart = relsPartOf(part);
  const rels = readRelationships(pkg.has(relsPart) ? pkg.text(relsPart) : "");
  return { pkg, part, xml, relsPart, rels, elements: sheetElements(xml), names: readDefinedNames(xml) };
}

/** Ownership first: nothing is built when one planned sheet is the user's (outputs/ownership.ts). Our sheets from an earlier run, by name. */
function claimOurSheets(book: WorkbookIndexParts, sheets: readonly SheetContent[]): Map<string, SheetElement> {
  const sheetsNamedBy = (marker: string) =>
    book.names.filter((n) => n.localSheetId === null && sameName(n.name, marker)).map((n) => splitAddress(nameFormula(n)).sheet ?? "");
  const stateOf = (name: string) => sheetOwnership(name, book.elements.map((e) => e.name), sheetsNamedBy);
  const replaced = new Map<string, SheetElement>();
  for (const name of checkOwnership({ sheets }, stateOf)) replaced.set(name, book.elements.find((e) => sameName(e.name, name))!);
  return replaced;
}

/** Our old sheets' parts, and everything only they lead to (a part another keeps using stays). */
function partsToRemove(book: WorkbookIndexParts, replaced: ReadonlyMap<string, SheetElement>): { removed: Set<string>; removedRels: Set<string> } {
  const removed = new Set<string>();
  const removedRels = new Set<string>();
  for (const old of replaced.values()) {
    const rel = book.rels.find((r) => r.id === old.rId);
    removedRels.add(old.rId);
    if (rel && !rel.external) book.pkg.collect(resolveTarget(book.part, rel.target), removed);
  }
  book.pkg.keepShared(removed, (relsPart, id) => relsPart === book.relsPart && removedRels.has(id));
  return { removed, removedRels };
}

/** The user's defined names that stay (not our markers, print areas or key figures from an earlier run), and every name in use. */
function namesKept(book: WorkbookIndexParts, sheets: readonly SheetContent[], removed: ReadonlySet<string>): Pick<Graft, "keptNames" | "namespace" | "isOurs"> {
  const { tableNames } = book.pkg.tables(removed);
  const ourSheetNames = sheets.map((s) => s.name);
  const isOurs = (sheet: string | null | undefined) => sheet != null && ourSheetNames.some((s) => sameName(s, sheet));
  const sheetNames = book.elements.map((e) => e.name);
  const markers = ourSheetNames.map(ownershipName).filter((m): m is string => m !== undefined);
  const ourNamedCells = new Set(sheets.flatMap((s) => s.namedCells.map((n) => n.name.toLocaleLowerCase())));
  const keptNames = book.names.filter((n) => {
    if (n.localSheetId !== null) return !isOurs(sheetNames[n.localSheetId]);
    if (markers.some((m) => sameName(m, n.name))) return false;
    // A key figure's name from an earlier run (it points into our sheet) is written again.
    return !(ourNamedCells.has(n.name.toLocaleLowerCase()) && isOurs(splitAddress(nameFormula(n)).sheet));
  });
  return { keptNames, isOurs, namespace: new Set([...tableNames, ...keptNames.map((n) => n.name.toLocaleLowerCase())]) };
}

/** Our styles appended to the input's (no existing style index moves); a styles part added when there is none. */
function appendOurStyles(graft: Pick<Graft, "book" | "addRels" | "addTypes" | "usedRelIds">, palette: StylePalette): ReturnType<typeof appendStyles> {
  const { pkg, part, rels } = graft.book;
  const stylesRel = rels.find((r) => r.type === REL.styles);
  const stylesPart = stylesRel ? resolveTarget(part, stylesRel.target) : "xl/styles.xml";
  const styles = appendStyles(pkg.has(stylesPart) ? pkg.text(stylesPart) : EMPTY_STYLES, palette.styles);
  pkg.put(stylesPart, styles.xml);
  if (!stylesRel) {
    graft.addRels.push(relationshipElement(freeRelationshipId(graft.usedRelIds), REL.styles, relativeTarget(part, stylesPart)));
    graft.addTypes.push({ part: stylesPart, type: CONTENT_TYPE.styles });
  }
  return styles;
}

/** One sheet's parts (worksheet, tables, drawing, charts, their rels); returns the workbook's relationship id for it. */
function writeSheetParts(graft: Graft, sheet: SheetContent, selected: boolean): string {
  const { pkg, part: workbookPart } = graft.book;
  const xlDir = path.posix.dirname(workbookPart);
  const sheetPart = freePartName(graft.taken, `${xlDir}/worksheets/sheet`, ".xml");
  const sheetRels: string[] = [];
  const sheetRelIds = new Set<string>();
  const tableRIds: string[] = [];
  for (const table of sheet.tables) {
    const part = freePartName(graft.taken, `${xlDir}/tables/table`, ".xml");
    pkg.put(part, tableXml(table, graft.tableId++, uniqueTableName(table.name, graft.namespace)));
    graft.addTypes.push({ part, type: CONTENT_TYPE.table });
    const id = freeRelationshipId(sheetRelIds);
    sheetRels.push(relationshipElement(id, REL.table, relativeTarget(sheetPart, part)));
    tableRIds.push(id);
  }
  const drawingPart = sheet.charts.length > 0 ? writeCharts(graft, sheet, xlDir) : undefined;
  const drawingRId = drawingPart ? freeRelationshipId(sheetRelIds) : undefined;
  if (drawingPart && drawingRId) sheetRels.push(relationshipElement(drawingRId, REL.drawing, relativeTarget(sheetPart, drawingPart)));
  pkg.put(sheetPart, worksheetXml(sheet, graft.styles.xf, { ...(drawingRId ? { drawing: drawingRId } : {}), tables: tableRIds, selected }));
  if (sheetRels.length > 0) pkg.put(relsPartOf(sheetPart), relationshipsPart(sheetRels));
  graft.addTypes.push({ part: sheetPart, type: CONTENT_TYPE.worksheet });
  const rId = freeRelationshipId(graft.usedRelIds);
  graft.addRels.push(relationshipElement(rId, REL.worksheet, relativeTarget(workbookPart, sheetPart)));
  return rId;
}

/** A sheet's charts: one chart part each and the drawing that places them; returns the drawing part. */
function writeCharts(graft: Graft, sheet: SheetContent, xlDir: string): string {
  const { pkg } = graft.book;
  const drawingPart = freePartName(graft.taken, `${xlDir}/drawings/drawing`, ".xml");
  const drawingRels: string[] = [];
  const chartRIds = sheet.charts.map((chart, i) => {
    const part = freePartName(graft.taken, `${xlDir}/charts/chart`, ".xml");
    pkg.put(part, chartXml(sheet.name, chart));
    graft.addTypes.push({ part, type: CONTENT_TYPE.chart });
    const id = `rId${i + 1}`;
    drawingRels.push(relationshipElement(id, REL.chart, relativeTarget(drawingPart, part)));
    return id;
  });
  pkg.put(drawingPart, drawingXml(sheet.charts, chartRIds));
  pkg.put(relsPartOf(drawingPart), relationshipsPart(drawingRels));
  graft.addTypes.push({ part: drawingPart, type: CONTENT_TYPE.drawing });
  return drawingPart;
}

/** The sheet's `<sheet>` element in workbook.xml: in its old place when it replaces ours, else at the end. Returns its index. */
function listSheet(graft: Graft, sheet: SheetContent, rId: string, old: SheetElement | undefined): number {
  const { elements, xml } = graft.book;
  const rPrefix = relationshipPrefix(xml);
  const state = sheet.state && sheet.state !== "visible" ? ` state="${sheet.state}"` : "";
  const element = (sheetId: number) =>
    `<${elements.prefix}sheet name="${escapeXml(sheet.name)}" sheetId="${sheetId}"${state} ${rPrefix.attribute}="${rId}"${rPrefix.declaration}/>`;
  if (old) {
    const index = elements.indexOf(old);
    graft.sheetsXml[index] = element(old.sheetId);
    graft.finalNames[index] = sheet.name;
    return index;
  }
  graft.sheetsXml.push(element(graft.nextSheetId++));
  graft.finalNames.push(sheet.name);
  return graft.sheetsXml.length - 1;
}

/** The sheet's defined names: its ownership marker, its print area, its key figures (a name the user already uses is left to them). */
function nameSheetCells(graft: Graft, sheet: SheetContent, index: number): void {
  const marker = ownershipName(sheet.name);
  if (marker) graft.newNames.push(definedName(marker, absoluteRef(sheet.name, 0, 0)));
  if (sheet.print) {
    const [from, to = from] = sheet.print.printArea.replace(/\$/g, "").split(":") as [string, string?];
    graft.newNames.push(definedName("_xlnm.Print_Area", absoluteRangeOf(sheet.name, from, to), index));
  }
  for (const n of sheet.namedCells) {
    if (graft.namespace.has(n.name.toLocaleLowerCase())) {
      graft.namesInUse.push(n.name);
      continue;
    }
    graft.namespace.add(n.name.toLocaleLowerCase());
    const { row, col } = parseA1(n.at);
    graft.newNames.push(definedName(n.name, absoluteRef(sheet.name, row, col)));
  }
}

/** workbook.xml (sheets, active tab, names), its relationships and [Content_Types].xml; the removed parts dropped. */
function writeIndexParts(graft: Graft, activate: string | undefined, onlyOurs: boolean): void {
  const { pkg, part, relsPart } = graft.book;
  const activeTab = activate === undefined ? -1 : graft.finalNames.findIndex((n) => sameName(n, activate));
  let workbookXml = withSheets(graft.book.xml, graft.sheetsXml);
  if (activeTab >= 0 && onlyOurs) workbookXml = withActiveTab(workbookXml, activeTab);
  workbookXml = withDefinedNames(workbookXml, [...graft.keptNames.map((n) => n.xml), ...graft.newNames]);
  pkg.put(part, workbookXml);
  pkg.put(relsPart, pkg.has(relsPart) ? editRelationships(pkg.text(relsPart), graft.removedRels, graft.addRels) : relationshipsPart(graft.addRels));
  pkg.put(CONTENT_TYPES_PART, editContentTypes(pkg.text(CONTENT_TYPES_PART), graft.removed, graft.addTypes));
  for (const removed of graft.removed) pkg.remove(removed);
}

/**
 * The package through JSZip, which gives back every part we do not touch with its compressed
 * bytes as they were (checked on the .xlsm fixture: DECISIONS.md, "Result writer: JSZip"). The
 * small index parts the graft reads (relationships, content types, workbook, styles, tables)
 * are read once when it opens, so the steps above stay synchronous.
 */
class Package {
  private readonly byName = new Map<string, string>();
  private readonly written = new Map<string, { name: string; content: string }>();
  private readonly gone = new Set<string>();

  private constructor(private readonly zip: JSZip, private readonly entries: string[], private readonly texts: Map<string, string>) {
    for (const e of entries) this.byName.set(e.toLowerCase(), e);
  }

  static async open(input: Buffer): Promise<Package> {
    const zip = await JSZip.loadAsync(input);
    const entries = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    const texts = new Map<string, string>();
    for (const name of entries) {
      if (!INDEX_PART.test(name)) continue;
      texts.set(name.toLowerCase(), (await zip.file(name)!.async("string")).replace(/^\uFEFF/, ""));
    }
    return new Package(zip, entries, texts);
  }

  names(): string[] {
    return this.entries;
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase()) || this.written.has(part.toLowerCase());
  }

  text(part: string): string {
    const text = this.texts.get(part.toLowerCase());
    if (text === undefined) throw new Error(`The package has no ${part}`);
    return text;
  }

  /** The main part: the package relationship of type officeDocument (xl/workbook.xml as Excel writes it). */
  officeDocument(): string {
    const rels = this.has("_rels/.rels") ? readRelationships(this.text("_rels/.rels")) : [];
    const main = rels.find((r) => r.type === REL.officeDocument && !r.external);
    const part = main ? resolveTarget("", main.target) : "xl/workbook.xml";
    return this.byName.get(part.toLowerCase()) ?? part;
  }

  /** Adds to `into` the part, its rels and every internal part they lead to. */
  collect(part: string, into: Set<string>): void {
    const stack = [part];
    while (stack.length > 0) {
      const p = this.byName.get(stack.pop()!.toLowerCase());
      if (p === undefined || into.has(p)) continue;
      into.add(p);
      const rels = relsPartOf(p);
      if (!this.has(rels)) continue;
      into.add(this.byName.get(rels.toLowerCase())!);
      for (const r of readRelationships(this.text(rels))) if (!r.external) stack.push(resolveTarget(p, r.target));
    }
  }

  /** Leaves in the package any part of `removed` that a part staying in it still refers to (an image two drawings share). */
  keepShared(removed: Set<string>, goingAway: (relsPart: string, id: string) => boolean): void {
    if (removed.size === 0) return;
    for (const name of this.entries) {
      if (!name.endsWith(".rels") || removed.has(name)) continue;
      const source = sourceOfRels(name);
      for (const r of readRelationships(this.text(name))) {
        if (r.external || goingAway(name, r.id)) continue;
        const target = this.byName.get(resolveTarget(source, r.target).toLowerCase());
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
    for (const name of this.entries) {
      if (removed.has(name) || !TABLE_PART.test(name)) continue;
      const tag = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(this.text(name))?.[0] ?? "";
      const tableName = attribute(tag, "name");
      const displayName = attribute(tag, "displayName");
      if (tableName) tableNames.add(tableName.toLocaleLowerCase());
      if (displayName) tableNames.add(displayName.toLocaleLowerCase());
      max = Math.max(max, Number(attribute(tag, "id") ?? 0) || 0);
    }
    return { tableNames, nextTableId: max + 1 };
  }

  put(part: string, content: string): void {
    this.written.set(part.toLowerCase(), { name: this.byName.get(part.toLowerCase()) ?? part, content });
  }

  remove(part: string): void {
    this.gone.add(part.toLowerCase());
  }

  /** The input's parts in their order (those we changed in their place), then the new ones; untouched parts' compressed bytes as they were. */
  async write(): Promise<Buffer> {
    for (const key of this.gone) if (!this.written.has(key)) this.zip.remove(this.byName.get(key) ?? key);
    for (const { name, content } of this.written.values()) this.zip.file(name, content, { createFolders: false });
    // Level 1: JSZip deflates in JavaScript (pako); at level 6 a 50k-client result took 5.2 s against 3.4 s with Node's zlib, at level 1 3.8 s for a file 11 % larger (DECISIONS.md).
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
  }
}

/** Parts the graft reads: relationships, content types, parts at the top of a folder (workbook.xml, styles.xml), tables. */
const TABLE_PART = /(^|\/)tables\/[^/]+\.xml$/i;
const INDEX_PART = /\.rels$|^\[Content_Types\]\.xml$|^[^/]+\/[^/]+\.xml$|(^|\/)tables\/[^/]+\.xml$/i;

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
