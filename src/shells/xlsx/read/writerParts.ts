/**
 * Parts that valid packages from other writers lay out in ways ExcelJS 4.4 cannot follow, mended
 * in memory before ExcelJS reads the bytes (the file on disk is never touched):
 * - openpyxl writes drawings (images, charts) with the drawing namespace as the default one
 *   (`<wsDr xmlns="…/spreadsheetDrawing">`); ExcelJS only knows the `xdr:` prefix, parses nothing,
 *   and fails on `drawing.anchors` (lib/xlsx/xform/sheet/worksheet-xform.js, reconcile). The
 *   prefix is put on every element of that namespace.
 * - openpyxl writes comments at `xl/comments/comment1.xml` with a VML part named
 *   `commentsDrawing1.vml`; ExcelJS finds comments only at `xl/commentsN.xml` and VML only at
 *   `xl/drawings/vmlDrawingN.vml` (lib/xlsx/xlsx.js, _processCommentEntry), then fails on
 *   `.comments` of undefined. The parts are renamed (relationships and content types follow), and
 *   a VML part ExcelJS would not understand is unlinked from ExcelJS's copy.
 */
import type JSZip from "jszip";
import path from "node:path";

const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Mends an opened package; true when anything changed. */
export async function mendWriterParts(zip: JSZip): Promise<boolean> {
  const drawings = await mendDrawings(zip);
  const comments = await mendComments(zip);
  return drawings || comments;
}

async function mendDrawings(zip: JSZip): Promise<boolean> {
  let mended = false;
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/drawings\/[^/]+\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    const root = /<(?!\?)([\w:]+)\b[^>]*>/.exec(xml);
    if (!root || root[1] !== "wsDr" || !xml.includes(`xmlns="${DRAWING_NS}"`)) continue;
    // Only elements without a prefix are in the default namespace; a nested default declaration would change that.
    if ((xml.match(/\sxmlns="/g) ?? []).length !== 1) continue;
    const fixed = xml
      .replace(`xmlns="${DRAWING_NS}"`, `xmlns:xdr="${DRAWING_NS}"`)
      .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1xdr:$2");
    zip.file(name, fixed);
    mended = true;
  }
  return mended;
}

const COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const VML_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";

async function mendComments(zip: JSZip): Promise<boolean> {
  let mended = false;
  let n = 0;
  const taken = (p: string) => zip.file(p) !== null;
  for (const relsName of Object.keys(zip.files)) {
    const m = /^xl\/worksheets\/_rels\/([^/]+)\.rels$/.exec(relsName);
    if (!m) continue;
    let rels = await zip.file(relsName)!.async("string");
    const original = rels;
    for (const rel of original.match(/<Relationship\b[^>]*>/g) ?? []) {
      const type = /\bType="([^"]*)"/.exec(rel)?.[1];
      const target = /\bTarget="([^"]*)"/.exec(rel)?.[1];
      if (!target || (type !== COMMENTS_TYPE && type !== VML_TYPE)) continue;
      const part = target.startsWith("/") ? target.slice(1) : path.posix.join("xl/worksheets", target);
      if (type === COMMENTS_TYPE && !/^xl\/comments\d+\.xml$/.test(part)) {
        let to: string;
        do to = `xl/comments${++n}.xml`; while (taken(to));
        await renamePart(zip, part, to);
        rels = rels.replace(rel, rel.replace(`Target="${target}"`, `Target="../comments${n}.xml"`));
      } else if (type === VML_TYPE && !/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(part)) {
        // ExcelJS reads the note shapes from VML it wrote itself (v: prefixes); another writer's
        // VML is only looks (box size, colour), so ExcelJS's copy goes without it.
        const vml = (await zip.file(part)?.async("string")) ?? "";
        if (/<v:shape\b/.test(vml)) {
          let to: string;
          do to = `xl/drawings/vmlDrawing${++n}.vml`; while (taken(to));
          await renamePart(zip, part, to);
          rels = rels.replace(rel, rel.replace(`Target="${target}"`, `Target="../drawings/vmlDrawing${n}.vml"`));
        } else {
          rels = rels.replace(rel, "");
          const sheet = `xl/worksheets/${m[1]}`;
          const id = /\bId="([^"]*)"/.exec(rel)?.[1];
          const xml = await zip.file(sheet)?.async("string");
          if (xml && id) zip.file(sheet, xml.replace(new RegExp(`<legacyDrawing\\b[^>]*\\br:id="${id}"[^>]*/>`), ""));
        }
      }
    }
    if (rels !== original) {
      zip.file(relsName, rels);
      mended = true;
    }
  }
  return mended;
}

async function renamePart(zip: JSZip, from: string, to: string): Promise<void> {
  const bytes = await zip.file(from)?.async("uint8array");
  if (!bytes) return;
  zip.remove(from);
  zip.file(to, bytes);
  const types = await zip.file("[Content_Types].xml")?.async("string");
  if (types) zip.file("[Content_Types].xml", types.replace(`PartName="/${from}"`, `PartName="/${to}"`));
}
