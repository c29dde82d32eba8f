/**
 * Issue 2: "The result workbook keeps every input sheet as it was and adds the two sheets" — and
 * so the user's defined names, which ExcelJS alone drops or garbles. Inputs are ExcelJS-written
 * sample workbooks whose workbook.xml is edited the way Excel would have saved the names.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../../src/apps/cli/main";
import { RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { readDefinedNames, readSheetNames } from "../../../src/shells/xlsx/write/definedNames";
import { loadWorkbook, loadWorkbookBytes, workbookBytes } from "../../../src/shells/xlsx/read/files";
import { zipParts, zipText } from "./helpers";

jest.setTimeout(60_000);

/** Each kind of name ExcelJS 4.4 damages, as Excel writes it. The sample's sheets: Settings 0, Tiers 1, Clients 2. */
const USER_NAMES = {
  refError: `<definedName name="Broken">#REF!</definedName>`,
  constant: `<definedName name="Half">0.5</definedName>`,
  wholeColumn: `<definedName name="ClientColumn">Clients!$A:$A</definedName>`,
  wholeRows: `<definedName name="TwoRows">Clients!$2:$3</definedName>`,
  formula: `<definedName name="ClientList">OFFSET(Clients!$A$1,0,0,COUNTA(Clients!$A:$A),1)</definedName>`,
  scopedToSettings: `<definedName name="Local" localSheetId="0">Settings!$B$2</definedName>`,
  scopedToClients: `<definedName name="Local" localSheetId="2">Clients!$B$2</definedName>`,
  external: `<definedName name="Outside">[1]Sheet1!$A$1</definedName>`,
  hiddenWithComment: `<definedName name="Secret" comment="Only for &quot;audit&quot; &amp; checks" hidden="1">Tiers!$A$1:$C$4</definedName>`,
  filterDatabase: `<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">Clients!$A$1:$F$29</definedName>`,
};

const MARKERS = [
  `<definedName name="ServicePricer_Owned_Results">&apos;Pricing Results&apos;!$A$1</definedName>`,
  `<definedName name="ServicePricer_Owned_RateCard">&apos;Rate Card&apos;!$A$1</definedName>`,
];

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pricer-names-"));
  sample = inDir("sample.xlsx");
  expect((await analyzeRun("sample", sample)).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const inDir = (name: string) => path.join(dir, name);

async function analyzeRun(...args: string[]): Promise<{ code: number; stderr: string }> {
  const err: string[] = [];
  const code = await main(args, { stdout: () => undefined, stderr: (l) => err.push(l) });
  return { code, stderr: err.join("\n") };
}

/** Analyse `input` into `out`; the run must succeed. */
async function analyze(input: string, out: string): Promise<string> {
  const run = await analyzeRun("analyze", input, "--out", out);
  expect(run).toEqual({ code: 0, stderr: "" });
  return zipText(fs.readFileSync(out), "xl/workbook.xml");
}

/** A copy of `from` whose package is changed by `edit` (given workbook.xml, returning it changed). */
async function edited(from: string, to: string, edit: (workbookXml: string, zip: JSZip) => string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(from));
  zip.file("xl/workbook.xml", edit(await zip.file("xl/workbook.xml")!.async("string"), zip));
  fs.writeFileSync(inDir(to), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return inDir(to);
}

/** `<definedNames>` after `</sheets>`, replacing any there is (Excel writes one list). */
function setNames(xml: string, elements: readonly string[]): string {
  const without = xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, "");
  return without.replace("</sheets>", `</sheets><definedNames>${elements.join("")}</definedNames>`);
}

const namesIn = (xml: string) => readDefinedNames(xml).map((n) => n.xml);

/** The Rate Card's print area, whatever its extent, scoped to the Rate Card's place in `sheets`. */
function printAreaOf(xml: string): string[] {
  return namesIn(xml).filter((n) => n.includes(`name="_xlnm.Print_Area"`));
}

describe("analyze keeps the user's defined names", () => {
  let input: string;
  let first: string;
  let firstXml: string;

  beforeAll(async () => {
    input = await edited(sample, "named.xlsx", (xml) => setNames(xml, Object.values(USER_NAMES)));
    first = inDir("named.priced.xlsx");
    firstXml = await analyze(input, first);
  });

  it.each(Object.entries(USER_NAMES))("keeps the %s name exactly as written, once", (_, element) => {
    expect(namesIn(firstXml).filter((n) => n === element)).toEqual([element]);
  });

  it("adds nothing else but our two markers, the key figures' names and the Rate Card's print area, scoped to the Rate Card", () => {
    const sheets = readSheetNames(firstXml);
    expect(sheets).toEqual(["Settings", "Tiers", "Clients", "Travel Zones", "Benefits", "Time Log", RESULTS_SHEET, RATE_CARD_SHEET]);
    const added = namesIn(firstXml).slice(Object.keys(USER_NAMES).length);
    const keyFigures = added.filter((n) => n.startsWith('<definedName name="Pricer_'));
    expect(keyFigures.length).toBeGreaterThan(10);
    for (const n of keyFigures) expect(n).toMatch(/^<definedName name="Pricer_\w+">&apos;Pricing Results&apos;!\$B\$\d+<\/definedName>$/);
    const ours = added.filter((n) => !keyFigures.includes(n));
    expect(ours.slice(0, 2)).toEqual(MARKERS);
    expect(ours.slice(2)).toHaveLength(1);
    expect(ours[2]).toMatch(/^<definedName name="_xlnm\.Print_Area" localSheetId="7">&apos;Rate Card&apos;!\$A\$1:\$[A-Z]+\$\d+<\/definedName>$/);
  });

  it("writes the names where Excel expects them: after the sheets, before the calculation settings", () => {
    expect(firstXml.match(/<definedNames>/g)).toHaveLength(1);
    expect(firstXml.indexOf("</sheets>")).toBeLessThan(firstXml.indexOf("<definedNames>"));
    expect(firstXml.indexOf("</definedNames>")).toBeLessThan(firstXml.indexOf("<calcPr"));
  });

  it("leaves a result that ExcelJS and the command line open again, sheets and markers intact", async () => {
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(fs.readFileSync(first) as unknown as ExcelJS.Buffer);
    expect(reopened.worksheets.map((ws) => ws.name)).toContain(RATE_CARD_SHEET);
    expect(reopened.getWorksheet(RATE_CARD_SHEET)!.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
    const ours = await loadWorkbook(first);
    expect(ours.definedNames.getRanges("ServicePricer_Owned_Results").ranges).toEqual(["'Pricing Results'!$A$1"]);
  });

  it("re-analysing the result keeps the user's names and does not duplicate ours", async () => {
    const secondXml = await analyze(first, inDir("again.xlsx"));
    expect(namesIn(secondXml)).toEqual(namesIn(firstXml));
  });
});

describe("re-analysing a priced workbook the user has worked in", () => {
  let xml: string;

  beforeAll(async () => {
    const priced = inDir("sample.priced.xlsx");
    await analyze(sample, priced);
    // The user added a sheet after ours (the sample's six input sheets and our two are sheets 1–8), a name of their own there, and two names on our sheets.
    const zip = await JSZip.loadAsync(fs.readFileSync(priced));
    const notes = new ExcelJS.Workbook();
    notes.addWorksheet("Notes").getCell("A1").value = 42;
    const notesXml = await zipText(await workbookBytes(notes), "xl/worksheets/sheet1.xml");
    zip.file("xl/worksheets/sheet9.xml", notesXml);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>`));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`));
    let workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    workbookXml = workbookXml.replace("</sheets>", `<sheet sheetId="9" name="Notes" state="visible" r:id="rIdNotes"/></sheets>`);
    const names = [
      ...namesIn(workbookXml),
      `<definedName name="NotesTop" localSheetId="8">Notes!$A$1</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="6">&apos;Pricing Results&apos;!$A$1:$C$9</definedName>`,
      `<definedName name="OnOurCard" localSheetId="7">&apos;Rate Card&apos;!$B$2</definedName>`,
      `<definedName name="BestPrice">&apos;Rate Card&apos;!$B$4</definedName>`,
    ];
    zip.file("xl/workbook.xml", setNames(workbookXml, names));
    fs.writeFileSync(inDir("worked.xlsx"), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    xml = await analyze(inDir("worked.xlsx"), inDir("worked.priced.xlsx"));
  });

  it("replaces our sheets in place and keeps the user's sheet after them", () => {
    expect(readSheetNames(xml)).toEqual(["Settings", "Tiers", "Clients", "Travel Zones", "Benefits", "Time Log", RESULTS_SHEET, RATE_CARD_SHEET, "Notes"]);
  });

  it("keeps the user's names, drops the ones scoped to our replaced sheets, and has each of ours once", () => {
    const names = namesIn(xml);
    expect(names).toContain(`<definedName name="NotesTop" localSheetId="8">Notes!$A$1</definedName>`);
    // A workbook name pointing into our sheet points into the fresh one, like the user's formulas do.
    expect(names).toContain(`<definedName name="BestPrice">&apos;Rate Card&apos;!$B$4</definedName>`);
    expect(names.filter((n) => n.includes("OnOurCard"))).toEqual([]);
    for (const marker of MARKERS) expect(names.filter((n) => n === marker)).toHaveLength(1);
    const printAreas = printAreaOf(xml);
    expect(printAreas).toHaveLength(1);
    expect(printAreas[0]).toContain(`localSheetId="7">&apos;Rate Card&apos;!`);
  });
});

describe("a chart sheet between the user's sheets", () => {
  it("is kept with its names, and the names after it keep their numbers", async () => {
    // A chart sheet between Settings and Tiers (ExcelJS alone would lose it and renumber the names after it).
    const input = await edited(sample, "chartsheet.xlsx", (xml, zip) => {
      zip.file("xl/chartsheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`);
      const withSheet = xml.replace(`<sheet name="Tiers"`, `<sheet name="Chart1" sheetId="9" r:id="rIdChart"/><sheet name="Tiers"`);
      return setNames(withSheet, [
        `<definedName name="TierTop" localSheetId="2">Tiers!$A$1</definedName>`,
        `<definedName name="_xlnm.Print_Area" localSheetId="1">Chart1!$A$1</definedName>`,
      ]);
    });
    const zip = await JSZip.loadAsync(fs.readFileSync(input));
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`));
    fs.writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));

    const xml = await analyze(input, inDir("chartsheet.priced.xlsx"));
    expect(readSheetNames(xml).slice(0, 3)).toEqual(["Settings", "Chart1", "Tiers"]);
    const names = namesIn(xml);
    expect(names).toContain(`<definedName name="TierTop" localSheetId="2">Tiers!$A$1</definedName>`);
    expect(names).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="1">Chart1!$A$1</definedName>`);
    expect(printAreaOf(xml)).toHaveLength(2);
    const out = fs.readFileSync(inDir("chartsheet.priced.xlsx"));
    expect(await zipText(out, "xl/chartsheets/sheet1.xml")).toBe(await zipText(fs.readFileSync(input), "xl/chartsheets/sheet1.xml"));
  });
});

describe("links to other workbooks", () => {
  const LINK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"/></sheetDataSet></externalBook></externalLink>`;
  const LINK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="prices.xlsx" TargetMode="External"/></Relationships>`;

  it("keep their parts, so an external name's [1] still means the same workbook", async () => {
    const input = await edited(sample, "linked.xlsx", (xml, zip) => {
      zip.file("xl/externalLinks/externalLink1.xml", LINK);
      zip.file("xl/externalLinks/_rels/externalLink1.xml.rels", LINK_RELS);
      return setNames(xml, [USER_NAMES.external]).replace("</sheets>", `</sheets><externalReferences><externalReference r:id="rIdLink"/></externalReferences>`);
    });
    const zip = await JSZip.loadAsync(fs.readFileSync(input));
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>`));
    fs.writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));

    const out = inDir("linked.priced.xlsx");
    const xml = await analyze(input, out);
    const bytes = fs.readFileSync(out);
    expect(namesIn(xml)).toContain(USER_NAMES.external);
    const reference = /<externalReferences><externalReference r:id="([^"]+)"\/><\/externalReferences><definedNames>/.exec(xml);
    expect(reference).not.toBeNull();
    const outRels = await zipText(bytes, "xl/_rels/workbook.xml.rels");
    expect(outRels).toContain(`<Relationship Id="${reference![1]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>`);
    expect(await zipText(bytes, "xl/externalLinks/externalLink1.xml")).toBe(LINK);
    expect(await zipText(bytes, "xl/externalLinks/_rels/externalLink1.xml.rels")).toBe(LINK_RELS);
    expect((await loadWorkbookBytes(bytes)).worksheets.map((ws) => ws.name)).toContain(RESULTS_SHEET);
  });
});

describe("tables and names share one namespace", () => {
  it("gives a table of ours the next free name when a name ExcelJS could not read already uses it", async () => {
    const names = [`<definedName name="PricingClients">0.5</definedName>`, `<definedName name="pricingsegments">Clients!$A:$A</definedName>`];
    const input = await edited(sample, "clash.xlsx", (xml) => setNames(xml, names));
    const out = inDir("clash.priced.xlsx");
    const xml = await analyze(input, out);
    expect(namesIn(xml).slice(0, 2)).toEqual(names);
    const bytes = fs.readFileSync(out);
    const tables = await Promise.all((await zipParts(bytes, "xl/tables/")).map((part) => zipText(bytes, part)));
    const tableNames = tables.map((t) => /\sdisplayName="([^"]*)"/.exec(t)![1]);
    expect(tableNames).toEqual(expect.arrayContaining(["PricingClients_2", "PricingSegments_2", "PricingTravelBands"]));
    expect(tableNames.map((n) => n.toLowerCase())).not.toEqual(expect.arrayContaining(["pricingclients"]));
    expect(tableNames.map((n) => n.toLowerCase())).not.toEqual(expect.arrayContaining(["pricingsegments"]));
    expect(tables.every((t) => /\sname="([^"]*)" displayName="\1"/.test(t))).toBe(true);
  });
});
