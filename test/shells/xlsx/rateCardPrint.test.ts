/**
 * The rate card on paper (PRICING.md §5: "one printed page, portrait, on Letter and A4, as Excel
 * and LibreOffice print it"), printed by a program we did not write: the sample's card written by
 * the .xlsx shell, its paper set to Letter and then to A4 (pageSetup paperSize 1 and 9, ECMA-376
 * §18.3.1.63), converted by LibreOffice and counted by pdfinfo; and the text a client reads on it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runFlow } from "../../../src/core/flow";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { RATE_CARD_SHEET } from "../../../src/core/report/outputs/names";
import { ACCENT } from "../../../src/core/report/sheets/planRateCard";
import { blankWorkbook } from "../../../src/shells/xlsx/write/blankWorkbook";
import { resultWorkbook } from "../../../src/shells/xlsx/write/resultWorkbook";
import JSZip from "jszip";
import { pdfInfo, pixelsOf, printToPdf, renderPages } from "./libreOffice";

jest.setTimeout(240_000);

/** The package with every worksheet's page setup asking for this paper. */
async function onPaper(xlsx: Buffer, paperSize: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace("<pageSetup ", `<pageSetup paperSize="${paperSize}" `));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("the sample's rate card printed by LibreOffice", () => {
  let dir: string;
  let card: Buffer;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rate-card-pdf-"));
    const plan = runFlow(sampleGrids()).plan!;
    card = (await resultWorkbook(await blankWorkbook(), { sheets: [plan.sheets.find((s) => s.name === RATE_CARD_SHEET)!] })).bytes;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["Letter", 1, { width: 612, height: 792 }],
    ["A4", 9, { width: 595, height: 842 }],
  ] as const)("is one portrait page on %s, with the accent colour on it", async (paper, size, points) => {
    const pdf = printToPdf(await onPaper(card, size), dir, `card-${paper}`);
    const info = pdfInfo(pdf);
    expect({ pages: info.pages, width: Math.round(info.width), height: Math.round(info.height) }).toEqual({ pages: 1, ...points });
    // The price list's header band prints in the accent colour (fills are the cells' own, not a table style's).
    expect(pixelsOf(renderPages(pdf, 40)[0]!, ACCENT, 8)).toBeGreaterThan(500);
  });

  it("reads as a price list: Managed per user from $650, no $0.00 and no None", () => {
    const pdf = printToPdf(card, dir, "card-text");
    const words = [...execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" }).matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)]
      .map((m) => ({ x: (Number(m[1]) + Number(m[3])) / 2, y: Number(m[2]), text: m[4]! }));
    const text = words.map((w) => w.text).join(" ");
    expect(text).not.toContain("$0.00");
    expect(text).not.toMatch(/None/);
    expect(text).toContain("Summit IT Services");
    expect(text).toContain("(555) 010-4477");
    // The Managed column, read top to bottom as a client reads it: words centred within half a column of its heading.
    const at = (heading: string) => words.find((w) => w.text === heading)!.x;
    const half = (at("Managed") - at("Business")) / 2;
    const managed = words.filter((w) => Math.abs(w.x - at("Managed")) < half).sort((a, b) => a.y - b.y || a.x - b.x).map((w) => w.text).join(" ");
    expect(managed).toContain("from $650 a month");
    expect(managed).toContain("$85 per user + $5 per device + $100 per server, at least $650 a month");
  });
});
