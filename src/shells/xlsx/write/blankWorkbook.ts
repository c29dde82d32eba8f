/**
 * The package of a workbook with no sheets yet: what a new workbook is before our sheets are
 * added (the sample model, the preview's download of a workbook that started empty). Only the
 * parts Excel requires: the content types, the package and workbook relationships, the workbook
 * and its styles (ECMA-376 Part 1 §12.2).
 */
import { CONTENT_TYPE, CONTENT_TYPES_PART, NS, REL, relationshipElement, relationshipsPart } from "../packageParts";
import { EMPTY_STYLES } from "./stylesXml";
import JSZip from "jszip";

export function blankWorkbook(): Promise<Buffer> {
  const types =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/></Types>`;
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`;
  const zip = new JSZip();
  const add = (name: string, content: string) => zip.file(name, content, { createFolders: false });
  add(CONTENT_TYPES_PART, types);
  add("_rels/.rels", relationshipsPart([relationshipElement("rId1", REL.officeDocument, "xl/workbook.xml")]));
  add("xl/workbook.xml", workbook);
  add("xl/_rels/workbook.xml.rels", relationshipsPart([relationshipElement("rId1", REL.styles, "styles.xml")]));
  add("xl/styles.xml", EMPTY_STYLES);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
