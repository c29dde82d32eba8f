/**
 * The result workbook is the consultant's own file with our sheets added: on workbooks written by
 * openpyxl, by LibreOffice and laid out as Excel does (pivot table and cache, VBA, custom XML,
 * external link), every input part comes back byte for byte except the index parts; the Pricing
 * Results sheet holds three real charts over its own cells; a re-run leaves one set of our parts;
 * ExcelJS and LibreOffice open the result. Fixtures: test/fixtures/packages (make.ts).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runFlow } from "../../../src/core/flow";
import { kpis as kpisOf } from "../../../src/core/pricing/kpis";
import { main } from "../../../src/apps/cli/main";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { RATE_CARD_SHEET, RESULTS_SHEET, SCENARIOS_SHEET } from "../../../src/core/report/outputs/names";
import { planScenariosSheet } from "../../../src/core/report/sheets/planScenarios";
import type { SheetPlan } from "../../../src/core/report/sheetPlan";
import { parseA1 } from "../../../src/core/workbook/address";
import { loadWorkbookBytes } from "../../../src/shells/xlsx/read/files";
import { readGrids } from "../../../src/shells/xlsx/read/readGrids";
import { resultWorkbook } from "../../../src/shells/xlsx/write/resultWorkbook";
import zlib from "node:zlib";
import { listParts } from "../../../src/shells/xlsx/read/packageLimits";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "packages");
const INPUTS = ["openpyxl.xlsx", "libreoffice.xlsx", "excel-like.xlsm"] as const;
const input = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const PLAN: SheetPlan = runFlow(sampleGrids()).plan!;

/** Every part of a package, by name, as stored: its compression method and compressed bytes. */
function storedParts(bytes: Buffer): Map<string, { method: number; data: Buffer }> {
  return new Map(listParts(bytes).filter((p) => !p.name.endsWith("/")).map((p) => {
    const start = p.local + 30 + bytes.readUInt16LE(p.local + 26) + bytes.readUInt16LE(p.local + 28);
    return [p.name, { method: p.method, data: bytes.subarray(start, start + p.compressedSize) }];
  }));
}

/** Every part of a package, by name, inflated. */
function parts(bytes: Buffer): Map<string, Buffer> {
  return new Map([...storedParts(bytes)].map(([name, p]) => [name, p.method === 8 ? zlib.inflateRawSync(p.data) : p.data]));
}

/** The only input parts that may change: the ones that list the sheets, the styles, the document properties. */
const INDEX_PARTS = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/[^/]+)$/;
/** The parts our sheets bring. */
const OUR_PARTS = /^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|tables\/table\d+\.xml|drawings\/drawing\d+\.xml|drawings\/_rels\/drawing\d+\.xml\.rels|charts\/chart\d+\.xml)$/;

/** The series formulas of each chart our sheet `sheet` holds, in chart order. */
function chartFormulas(bytes: Buffer, sheet: string): string[][] {
  const all = parts(bytes);
  const text = (p: string) => all.get(p)!.toString("utf8");
  const workbook = text("xl/workbook.xml");
  const rId = new RegExp(`<sheet name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const sheetPart = `xl/${new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(text("xl/_rels/workbook.xml.rels"))![1]}`;
  const relsPart = sheetPart.replace(/worksheets\//, "worksheets/_rels/") + ".rels";
  if (!all.has(relsPart)) return []; // a sheet with no tables and no drawing has no relationships
  const sheetRels = text(relsPart);
  const drawing = /Target="\.\.\/(drawings\/drawing\d+\.xml)"/.exec(sheetRels);
  if (!drawing) return [];
  const drawingRels = text(`xl/drawings/_rels/${path.basename(drawing[1]!)}.rels`);
  return [...drawingRels.matchAll(/Target="\.\.\/(charts\/chart\d+\.xml)"/g)].map((m) =>
    [...text(`xl/${m[1]}`).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((f) => f[1]!.replace(/&apos;/g, "'")),
  );
}

describe.each(INPUTS)("the result of %s", (name) => {
  const before = input(name);
  let bytes: Buffer;
  let inParts: Map<string, Buffer>;
  let outParts: Map<string, Buffer>;
  beforeAll(async () => {
    bytes = (await resultWorkbook(before, PLAN)).bytes;
    inParts = parts(before);
    outParts = parts(bytes);
  });

  it("keeps every part it does not change as it was stored: the same compression, the same compressed bytes (JSZip copies them)", () => {
    const stored = storedParts(before);
    const out = storedParts(bytes);
    const recompressed = [...stored].filter(([part, p]) => !INDEX_PARTS.test(part) && !(out.get(part)?.method === p.method && out.get(part)!.data.equals(p.data)));
    expect(recompressed.map(([part]) => part)).toEqual([]);
  });

  it("has every part of the input byte for byte, except the index parts that list the new sheets", () => {
    const changed = [...inParts].filter(([part, data]) => !outParts.get(part)?.equals(data)).map(([part]) => part);
    expect(changed.filter((p) => !INDEX_PARTS.test(p))).toEqual([]);
    expect([...outParts.keys()].filter((p) => !inParts.has(p) && !OUR_PARTS.test(p))).toEqual([]);
  });

  it("appends our styles after the input's, so every style index the user's cells use means what it meant", () => {
    const list = (xml: string, tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)![1]!;
    const stylesIn = inParts.get("xl/styles.xml")!.toString("utf8");
    const stylesOut = outParts.get("xl/styles.xml")!.toString("utf8");
    for (const tag of ["fonts", "cellXfs"]) {
      expect(list(stylesOut, tag).startsWith(list(stylesIn, tag))).toBe(true);
      expect(list(stylesOut, tag).length).toBeGreaterThan(list(stylesIn, tag).length);
    }
  });

  it("keeps the user's defined names as they were and adds our markers, the key figures' names and the Rate Card's print area", () => {
    const names = (xml: string) => [...xml.matchAll(/<definedName\b[\s\S]*?<\/definedName>/g)].map((m) => m[0]);
    const inNames = names(inParts.get("xl/workbook.xml")!.toString("utf8"));
    const outNames = names(outParts.get("xl/workbook.xml")!.toString("utf8"));
    expect(inNames.length).toBeGreaterThan(0);
    expect(outNames.slice(0, inNames.length)).toEqual(inNames);
    const added = outNames.slice(inNames.length).map((n) => /name="([^"]+)"/.exec(n)![1]);
    const keyFigures = PLAN.sheets.find((s) => s.name === RESULTS_SHEET)!.namedCells!.map((n) => n.name);
    expect(keyFigures.length).toBeGreaterThan(10);
    expect(added).toEqual(["ServicePricer_Owned_Results", ...keyFigures, "ServicePricer_Owned_RateCard", "_xlnm.Print_Area"]);
  });

  it("draws the Pricing Results sheet's three charts over its own cells", () => {
    const formulas = chartFormulas(bytes, RESULTS_SHEET);
    expect(formulas).toHaveLength(3);
    const spec = PLAN.sheets.find((s) => s.name === RESULTS_SHEET)!;
    const segments = spec.blocks.find((b) => b.id === "segments")!;
    const top = parseA1(segments.at).row + 1; // the header row, 1-based
    const last = top + segments.values.length - 1;
    // Revenue by segment: hourly (E), current (F), recommended (G), each against the segments in A.
    expect(formulas[0]).toEqual(
      ["E", "F", "G"].flatMap((c) => [`'Pricing Results'!$${c}$${top}`, `'Pricing Results'!$A$${top + 1}:$A$${last}`, `'Pricing Results'!$${c}$${top + 1}:$${c}$${last}`]),
    );
    expect(formulas.flat().every((f) => f.startsWith("'Pricing Results'!$"))).toBe(true);
    expect(chartFormulas(bytes, RATE_CARD_SHEET)).toEqual([]);
  });

  it("leaves exactly one set of our parts when run again on its own result", async () => {
    const again = parts((await resultWorkbook(bytes, PLAN)).bytes);
    expect([...again.keys()].sort()).toEqual([...outParts.keys()].sort());
    for (const [part, data] of outParts) if (!INDEX_PARTS.test(part)) expect([part, again.get(part)!.equals(data)]).toEqual([part, true]);
    expect(chartFormulas((await resultWorkbook(bytes, PLAN)).bytes, RESULTS_SHEET)).toHaveLength(3);
  });
});

describe("read back", () => {
  it.each(["libreoffice.xlsx", "excel-like.xlsm"])("ExcelJS reads the result of %s: the input tables as they were, our sheets written", async (name) => {
    const { bytes } = await resultWorkbook(input(name), PLAN);
    const wb = await loadWorkbookBytes(bytes);
    expect(readGrids(wb).grids).toEqual(readGrids(await loadWorkbookBytes(input(name))).grids);
    expect(wb.getWorksheet(RESULTS_SHEET)!.getCell("A1").value).toBe(PLAN.sheets[0]!.blocks[0]!.values[0]![0]);
  });

  it("LibreOffice opens and converts every result, each Pricing Results chart still reading the sheet's cells", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pricer-lo-"));
    const files: string[] = [];
    for (const name of INPUTS) {
      const file = path.join(dir, `result-${name.replace(/\.xlsm$/, ".xlsx")}`);
      fs.writeFileSync(file, (await resultWorkbook(input(name), PLAN)).bytes);
      files.push(file);
    }
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "xlsx", "--outdir", path.join(dir, "out"), ...files], {
      stdio: "ignore",
      timeout: 150_000,
    });
    for (const file of files) {
      const converted = parts(fs.readFileSync(path.join(dir, "out", path.basename(file))));
      const charts = [...converted].filter(([p]) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map(([, d]) => d.toString("utf8").replace(/&apos;/g, "'"));
      const ours = charts.filter((xml) => xml.includes("<c:f>'Pricing Results'!$"));
      expect([path.basename(file), ours.length]).toEqual([path.basename(file), 3]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});

describe("the command line on a macro-enabled workbook", () => {
  it("writes NAME.priced.xlsm with the VBA project, the pivot cache and the custom XML as they were", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pricer-xlsm-"));
    const file = path.join(dir, "book.xlsm");
    fs.copyFileSync(path.join(FIXTURES, "excel-like.xlsm"), file);
    const err: string[] = [];
    expect(await main(["analyze", file], { stdout: () => undefined, stderr: (l) => err.push(l) })).toBe(0);
    const out = parts(fs.readFileSync(path.join(dir, "book.priced.xlsm")));
    const inParts = parts(fs.readFileSync(file));
    for (const part of ["xl/vbaProject.bin", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "xl/pivotTables/pivotTable1.xml", "customXml/item1.xml", "xl/externalLinks/externalLink1.xml"]) {
      expect([part, out.get(part)?.equals(inParts.get(part)!)]).toEqual([part, true]);
    }
    expect(out.get("[Content_Types].xml")!.toString()).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    const run = await main(["analyze", file, "--out", path.join(dir, "book.xlsx")], { stdout: () => undefined, stderr: (l) => err.push(l) });
    expect(run).toBe(2);
    expect(err.pop()).toContain("name it .xlsm");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("charts and names on other sheets of ours", () => {
  it("draws the Scenarios chart over the scenario table's revenue and margin columns", async () => {
    const kpis = kpisOf(runFlow(sampleGrids()).analysis);
    const sheet = planScenariosSheet([{ name: "Rate 140", changes: [], kpis }], "USD", kpis);
    const formulas = chartFormulas((await resultWorkbook(input("libreoffice.xlsx"), { sheets: [sheet] })).bytes, SCENARIOS_SHEET);
    expect(formulas).toEqual([[
      "Scenarios!$D$22", "Scenarios!$A$23:$A$24", "Scenarios!$D$23:$D$24",
      "Scenarios!$F$22", "Scenarios!$A$23:$A$24", "Scenarios!$F$23:$F$24",
    ]]);
  });

  it("writes the key figures' names, replaces them on a re-run, and leaves a user's name of the same spelling alone", async () => {
    const spec = { ...PLAN.sheets[0]!, namedCells: [{ name: "Pricer_Clients", at: "B5" }, { name: "TopClient", at: "B6" }] };
    const first = await resultWorkbook(input("openpyxl.xlsx"), { sheets: [spec] });
    expect(first.namesInUse).toEqual(["TopClient"]);
    const again = await resultWorkbook(first.bytes, { sheets: [spec] });
    const xml = parts(again.bytes).get("xl/workbook.xml")!.toString("utf8");
    expect(xml.match(/<definedName name="Pricer_Clients">&apos;Pricing Results&apos;!\$B\$5<\/definedName>/g)).toHaveLength(1);
    expect(xml).toContain(`<definedName name="TopClient">Clients!$A$2</definedName>`);
  });
});
