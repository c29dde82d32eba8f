/**
 * Issue 3's judge: "the same hidden broken and hostile workbooks as the engine issue must be
 * refused the same way inside the add-in". Each .xlsx goes through the command line in-process
 * (`analyze --json`) and through the task pane's real service (Office.js shell + flow) on the
 * strict in-memory Excel loaded from the same file. The pane must name the same cells with the
 * same messages, change nothing when it refuses, never touch the input tables, write
 * formula-looking text as text, and show the CLI's figures to the cent.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { BROKEN_KINDS, breakWorkbook, generate, writeWorkbook, type Broken } from "../conformance/randomWorkbook";
import { OPENPYXL_BROKEN, OPENPYXL_VALID_SEEDS } from "../conformance/fixtures/openpyxl/make";
import type { Analysis } from "../../src/core/pricing/results";
import type { AnalyzeResults } from "../../src/apps/taskpane/service";
import { RATE_CARD_SHEET, RATE_CARD_TABLES, RESULTS_SHEET, RESULT_TABLES } from "../../src/core/report/outputs/names";
import { loadWorkbookBytes } from "../../src/shells/xlsx/read/files";
import { readCell, findRow } from "../../src/shells/xlsx/read/cells";
import { sheetTables } from "../../src/shells/xlsx/tables";
import { formulaCells, problemLines, runCli, runPane, stateOf, type CliRun, type PaneRun, type WorkbookState } from "./runBoth";
import { FORMULA_TEXT, editedWorkbook, formulaNamedModel, userSheet, userTable } from "./hostile";

jest.setTimeout(30_000);

const OUTPUT_SHEETS = [RESULTS_SHEET, RATE_CARD_SHEET];
const BROKEN_SEEDS = [101, 202, 303];
const VALID_SEEDS = [1, 2, 5, 8, 12, 36];
const OPENPYXL = path.join(__dirname, "../conformance/fixtures/openpyxl");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parity-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, `${name}.xlsx`);

// ---------- what both doors must agree on ----------

/** The CLI refused (exit 1, no result file); the pane refused with the same errors and changed nothing. */
function expectRefusedAlike(cli: CliRun, pane: PaneRun): void {
  expect({ code: cli.code, out: cli.out }).toEqual({ code: 1, out: null });
  const errors = problemLines(cli.report.errors);
  expect(errors.length).toBeGreaterThan(0);

  expect(pane.analyze.kind).toBe("errors");
  if (pane.analyze.kind !== "errors") return;
  expect(problemLines(pane.analyze.errors)).toEqual(errors);
  expect(problemLines(pane.analyze.warnings)).toEqual(problemLines(cli.report.warnings));
  // Checked, not priced, not written.
  expect(pane.steps).toEqual(["reading", "checking"]);
  expect(pane.afterAnalyze).toEqual(pane.before);

  expect(pane.rateCard.kind).toBe("errors");
  if (pane.rateCard.kind !== "errors") return;
  expect(problemLines(pane.rateCard.errors)).toEqual(errors);
  expect(pane.afterRateCard).toEqual(pane.before);
}

/** Money to the cent; ratios to 1e-6; null stays null. */
const cents = (x: number | null) => (x === null ? null : expect.closeTo(x, 2));
const ratio = (x: number | null) => (x === null ? null : expect.closeTo(x, 6));

/** The KPI cards show the CLI's JSON totals: annual = 12 × monthly, to the cent. */
function expectKpisOf(report: Analysis, results: AnalyzeResults): void {
  const t = report.totals;
  expect(results.kpis).toEqual({
    clients: t.clients,
    annualHourlyRevenue: cents(12 * t.hourlyRevenue),
    annualCurrentRevenue: cents(12 * t.currentRevenue),
    annualRecommendedRevenue: cents(12 * t.recommendedRevenue),
    annualCost: cents(12 * t.cost),
    annualCurrentMargin: cents(12 * t.currentMargin),
    currentMarginPct: ratio(t.currentRevenue === 0 ? null : t.currentMargin / t.currentRevenue),
    annualRecommendedMargin: cents(12 * t.recommendedMargin),
    recommendedMarginPct: ratio(t.recommendedRevenue === 0 ? null : t.recommendedMargin / t.recommendedRevenue),
    effectiveRate: cents(t.revenuePerHour),
    homeClientsPerSmallBusiness: ratio(report.equivalence.homeClientsPerSmallBusiness),
    usedHours: cents(report.capacity.usedHours),
    availableHours: cents(report.capacity.availableHours),
    utilisation: ratio(report.capacity.utilisation),
    contractValue: cents(t.contractValue),
  });
}

/** Sheets that were there before, exactly as they were (cells, tables, charts, layout). */
function expectSheetsKept(before: WorkbookState, after: WorkbookState, except: readonly string[] = OUTPUT_SHEETS): void {
  const kept = before.sheets.filter((s) => !except.includes(s.name));
  expect(kept.length).toBeGreaterThan(0);
  expect(after.sheets.filter((s) => kept.some((k) => k.name === s.name))).toEqual(kept);
}

/** Both doors priced the workbook alike; the pane wrote its two sheets and left every other sheet alone. */
function expectPricedAlike(cli: CliRun, pane: PaneRun): AnalyzeResults {
  expect({ code: cli.code, errors: cli.report.errors }).toEqual({ code: 0, errors: [] });
  expect(pane.analyze.kind).toBe("results");
  const results = pane.analyze as AnalyzeResults;
  expect(pane.steps).toEqual(["reading", "checking", "pricing", "writing"]);
  // The pane's analysis is the CLI's JSON report, field for field (so are its warnings).
  expect(JSON.parse(JSON.stringify(results.analysis))).toEqual(cli.report);
  expect(problemLines(results.warnings)).toEqual(problemLines(cli.report.warnings));
  expectKpisOf(cli.report, results);

  expect(pane.rateCard).toMatchObject({ kind: "done", sheet: RATE_CARD_SHEET });
  const names = pane.afterRateCard.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining([...pane.before.sheets.map((s) => s.name), ...OUTPUT_SHEETS]));
  expectSheetsKept(pane.before, pane.afterAnalyze);
  expectSheetsKept(pane.before, pane.afterRateCard);
  expect(formulaCells(pane.afterRateCard)).toEqual([]);
  return results;
}

/** Each expected cell of a broken workbook is among the pane's errors (a missing table: named in a message). */
function expectNamed(b: Broken, pane: PaneRun): void {
  if (pane.analyze.kind !== "errors") return;
  const errors = pane.analyze.errors;
  for (const x of b.expected) {
    if ("cell" in x) expect(errors.map((e) => e.cell)).toContain(x.cell);
    if ("mentions" in x) expect(errors.some((e) => e.message.includes(x.mentions))).toBe(true);
  }
}

/** Choosing an error in the pane selects its cell (or header range) in the workbook. */
async function expectSelectable(pane: PaneRun): Promise<void> {
  if (pane.analyze.kind !== "errors") return;
  for (const e of pane.analyze.errors) {
    if (e.cell === undefined) continue;
    await pane.service.selectCell(e.cell);
    const bang = e.cell.lastIndexOf("!");
    const sheet = e.cell.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    expect(pane.fake.workbook.selection).toEqual({ sheet, address: e.cell.slice(bang + 1).replace(/\$/g, "") });
  }
}

// ---------- broken workbooks: the engine judge's kinds ----------

describe("broken workbooks: the pane refuses them as the CLI does, naming the same cells, changing nothing", () => {
  const cases = BROKEN_SEEDS.flatMap((seed) => BROKEN_KINDS.map((kind) => [kind, seed] as const));

  test.each(cases)("%s (seed %i)", async (kind, seed) => {
    const b = breakWorkbook(seed, kind);
    const input = file(`broken-${kind}-${seed}`);
    await writeWorkbook(b.tables, b.extraSheets, input);

    const cli = await runCli(input);
    const pane = await runPane(input);

    expectRefusedAlike(cli, pane);
    expectNamed(b, pane);
    await expectSelectable(pane);
  });

  test(`written by openpyxl (${OPENPYXL_BROKEN.kind}, seed ${OPENPYXL_BROKEN.seed})`, async () => {
    const name = `broken-${OPENPYXL_BROKEN.kind}-${OPENPYXL_BROKEN.seed}`;
    const b: Broken = JSON.parse(fs.readFileSync(path.join(OPENPYXL, `${name}.json`), "utf8"));
    const input = file(`openpyxl-${name}`);
    fs.copyFileSync(path.join(OPENPYXL, `${name}.xlsx`), input);

    const cli = await runCli(input);
    const pane = await runPane(input);

    expectRefusedAlike(cli, pane);
    expectNamed(b, pane);
  });
});

// ---------- valid workbooks ----------

describe("valid workbooks: the pane shows the CLI's figures and never touches the input", () => {
  test.each(VALID_SEEDS)("random workbook, seed %i", async (seed) => {
    const g = generate(seed);
    const input = file(`valid-${seed}`);
    await writeWorkbook(g.tables, g.extraSheets, input);

    expectPricedAlike(await runCli(input), await runPane(input));
  });

  test.each(OPENPYXL_VALID_SEEDS)("written by openpyxl, seed %i", async (seed) => {
    const input = file(`openpyxl-valid-${seed}`);
    fs.copyFileSync(path.join(OPENPYXL, `valid-${seed}.xlsx`), input);

    expectPricedAlike(await runCli(input), await runPane(input));
  });
});

// ---------- hostile workbooks ----------

/** Every text cell of a sheet in a result .xlsx, and any formula it holds. */
function xlsxCells(ws: ExcelJS.Worksheet): { texts: string[]; formulas: string[] } {
  const texts: string[] = [];
  const formulas: string[] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const found = findRow(ws, r)!.findCell(c)!;
      const value = readCell(found);
      if (typeof value === "string") texts.push(value);
      if (cell.formula) formulas.push(`${ws.name}!${cell.address}: ${cell.formula}`);
    }),
  );
  return { texts, formulas };
}

describe("hostile workbooks", () => {
  test.each([5, 6])("names that look like formulas land as text, in the pane as in the CLI (seed %i)", async (seed) => {
    const hostile = formulaNamedModel(seed);
    const input = file(`formula-names-${seed}`);
    await writeWorkbook(hostile.tables, hostile.extraSheets, input);

    const cli = await runCli(input);
    const pane = await runPane(input);

    expectPricedAlike(cli, pane);
    // In the pane's workbook: each text as a cell value (whole, or within a title), kept as text
    // with the apostrophe prefix wherever the cell starts with = + - @; no formula anywhere.
    const output = pane.afterRateCard.sheets.filter((s) => OUTPUT_SHEETS.includes(s.name));
    const shown = output.flatMap((s) => s.cells.filter((c) => typeof c.value === "string"));
    for (const text of hostile.texts) expect({ text, shown: shown.some((c) => String(c.value).includes(text)) }).toEqual({ text, shown: true });
    const unprefixed = shown.filter((c) => /^[=+\-@]/.test(String(c.value)) && !c.quotePrefix).map((c) => `${c.address}: ${String(c.value)}`);
    expect(unprefixed).toEqual([]);
    expect(formulaCells(pane.afterRateCard)).toEqual([]);
    // The CLI's result file holds the same texts, as text.
    const result = await loadWorkbookBytes(fs.readFileSync(cli.out!));
    const written = OUTPUT_SHEETS.map((name) => xlsxCells(result.getWorksheet(name)!));
    expect(written.flatMap((w) => w.formulas)).toEqual([]);
    const texts = written.flatMap((w) => w.texts);
    for (const text of hostile.texts) expect({ text, written: texts.some((t) => t.includes(text)) }).toEqual({ text, written: true });
    expect(hostile.texts).toContain(FORMULA_TEXT.link);
  });

  /** The CLI's one error for a foreign sheet names that sheet's A1. */
  const foreignError = (cli: CliRun) => cli.report.errors.map((e) => e.cell);

  test('a sheet of the user\'s named "Pricing Results": both refuse Analyze; the pane changes nothing, and never that sheet', async () => {
    const input = file("foreign-results");
    await editedWorkbook(21, input, (wb) => userSheet(wb, RESULTS_SHEET));

    const cli = await runCli(input);
    const pane = await runPane(input);

    expect({ code: cli.code, out: cli.out, cells: foreignError(cli) }).toEqual({ code: 1, out: null, cells: ["'Pricing Results'!A1"] });
    expect(pane.analyze).toEqual({ kind: "refused", reason: "foreignSheet", sheet: RESULTS_SHEET });
    // The flow refuses with its checks (core/flow.ts), before anything is priced or written.
    expect(pane.steps).toEqual(["reading", "checking"]);
    expect(pane.afterAnalyze).toEqual(pane.before);
    // The rate card is a different sheet: it may be written, the user's sheet stays as it was.
    expect(pane.rateCard).toMatchObject({ kind: "done", sheet: RATE_CARD_SHEET });
    expectSheetsKept(pane.before, pane.afterRateCard, [RATE_CARD_SHEET]);
  });

  test('a hidden sheet of the user\'s named "Rate Card": both refuse to write it; the pane changes nothing then', async () => {
    const input = file("foreign-rate-card");
    await editedWorkbook(22, input, (wb) => {
      userSheet(wb, RATE_CARD_SHEET).state = "hidden";
    });

    const cli = await runCli(input);
    const pane = await runPane(input);

    expect({ code: cli.code, out: cli.out, cells: foreignError(cli) }).toEqual({ code: 1, out: null, cells: ["'Rate Card'!A1"] });
    // Analyze writes only Pricing Results; the user's Rate Card is left exactly as it was.
    expect(pane.analyze.kind).toBe("results");
    expectSheetsKept(pane.before, pane.afterAnalyze, [RESULTS_SHEET]);
    expect(pane.rateCard).toEqual({ kind: "refused", reason: "foreignSheet", sheet: RATE_CARD_SHEET });
    expect(pane.afterRateCard).toEqual(pane.afterAnalyze);
  });

  test('"pricing results" in other letters is the same sheet to Excel: both refuse', async () => {
    const input = file("foreign-results-case");
    await editedWorkbook(23, input, (wb) => userSheet(wb, "PRICING results"));

    const cli = await runCli(input);
    const pane = await runPane(input);

    expect({ code: cli.code, out: cli.out }).toEqual({ code: 1, out: null });
    expect(pane.analyze).toEqual({ kind: "refused", reason: "foreignSheet", sheet: RESULTS_SHEET });
    expect(pane.afterAnalyze).toEqual(pane.before);
  });

  test("an ownership marker that points at another sheet does not make the user's sheet ours", async () => {
    const input = file("foreign-results-marker");
    await editedWorkbook(24, input, (wb) => {
      userSheet(wb, RESULTS_SHEET);
      userSheet(wb, "Elsewhere");
      wb.definedNames.add("Elsewhere!$A$1", "ServicePricer_Owned_Results");
    });

    const cli = await runCli(input);
    const pane = await runPane(input);

    expect({ code: cli.code, out: cli.out, cells: foreignError(cli) }).toEqual({ code: 1, out: null, cells: ["'Pricing Results'!A1"] });
    expect(pane.analyze).toEqual({ kind: "refused", reason: "foreignSheet", sheet: RESULTS_SHEET });
    expect(pane.afterAnalyze).toEqual(pane.before);
  });

  test("the user's tables and names already called like ours stay theirs; ours take other names", async () => {
    const input = file("taken-table-names");
    await editedWorkbook(25, input, (wb) => {
      const ws = userSheet(wb, "Budget");
      userTable(ws, RESULT_TABLES.clients);
      const other = userSheet(wb, "Budget 2");
      userTable(other, RATE_CARD_TABLES.tiers);
      wb.definedNames.add("Budget!$B$3", RESULT_TABLES.segments);
    });

    const cli = await runCli(input);
    const pane = await runPane(input);

    expectPricedAlike(cli, pane);
    const tables = pane.afterRateCard.sheets.flatMap((s) => s.tables.map((t) => ({ sheet: s.name, name: t.name, range: t.range })));
    expect(tables).toEqual(
      expect.arrayContaining([
        { sheet: "Budget", name: RESULT_TABLES.clients, range: "E2:F4" },
        { sheet: "Budget 2", name: RATE_CARD_TABLES.tiers, range: "E2:F4" },
      ]),
    );
    // Table and defined names are one namespace in Excel, without regard to case.
    const allNames = [...tables.map((t) => t.name), ...pane.afterRateCard.names.map((n) => n.name)].map((n) => n.toLowerCase());
    expect(allNames.length).toBe(new Set(allNames).size);
    expect(pane.afterRateCard.names).toContainEqual({ name: RESULT_TABLES.segments, sheet: "Budget", ref: "$B$3" });
  });

  test("the CLI's result keeps the user's tables and names, and gives its own tables names no one else uses", async () => {
    const input = file("taken-table-names-cli");
    await editedWorkbook(25, input, (wb) => {
      userTable(userSheet(wb, "Budget"), RESULT_TABLES.clients);
      wb.definedNames.add("Budget!$B$3", RESULT_TABLES.segments);
    });

    const cli = await runCli(input);

    expect(cli.code).toBe(0);
    const result = await loadWorkbookBytes(fs.readFileSync(cli.out!));
    const tables = result.worksheets.flatMap((ws) => sheetTables(ws).map((t) => ({ sheet: ws.name, name: t.model.name })));
    expect(tables).toContainEqual({ sheet: "Budget", name: RESULT_TABLES.clients });
    // Excel keeps table and defined names in one namespace: a clash makes it "repair" the file.
    const names = (result.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name.toLowerCase());
    expect(names).toContain(RESULT_TABLES.segments.toLowerCase());
    expect(tables.map((t) => t.name.toLowerCase()).filter((t) => names.includes(t))).toEqual([]);
    expect(new Set(tables.map((t) => t.name.toLowerCase())).size).toBe(tables.length);
  });

  test("the CLI's result workbook opened in Excel: the pane knows its sheets as its own and replaces them", async () => {
    const input = file("cli-result");
    const g = generate(14);
    await writeWorkbook(g.tables, g.extraSheets, input);
    const cli = await runCli(input);
    expect(cli.code).toBe(0);

    const pane = await runPane(cli.out!);

    expect(pane.analyze.kind).toBe("results");
    expect(pane.rateCard).toMatchObject({ kind: "done", sheet: RATE_CARD_SHEET });
    expect(pane.afterRateCard.sheets.map((s) => s.name)).toEqual(pane.before.sheets.map((s) => s.name));
    expectSheetsKept(pane.before, pane.afterRateCard);
    expect(JSON.parse(JSON.stringify((pane.analyze as AnalyzeResults).analysis))).toEqual(cli.report);
  });

  test.each(["textInNumber", "several"] as const)(
    "input tables on a sheet whose name needs quoting ('Bob''s & Co.'!E7): the same cells, each selectable (%s)",
    async (kind) => {
      const b = breakWorkbook(404, kind);
      for (const t of b.tables) {
        if (t.key !== "clients" && t.key !== "tiers") continue;
        t.sheet = "Bob's & Co.";
        t.tableName = t.key === "clients" ? "Clients" : "Tiers";
        t.origin = t.key === "clients" ? { row: 3, col: 2 } : { row: 3, col: 20 };
        t.totalsRow = false;
        t.columns = t.columns.filter((c) => c.header.trim() !== ""); // an Excel table names every column
      }
      const input = file(`quoted-${kind}`);
      await writeWorkbook(b.tables, b.extraSheets, input);

      const cli = await runCli(input);
      const pane = await runPane(input);

      expectRefusedAlike(cli, pane);
      expect(cli.report.errors.some((e) => e.cell?.startsWith("'Bob''s & Co.'!"))).toBe(true);
      await expectSelectable(pane);
    },
  );

  test("a workbook with no model at all: both name the two missing tables, the pane writes nothing", async () => {
    const input = file("no-model");
    await writeWorkbook([], ["Notes"], input);

    const cli = await runCli(input);
    const pane = await runPane(input);

    expectRefusedAlike(cli, pane);
    expect(cli.report.errors.map((e) => e.cell)).toEqual([undefined, undefined]);
  });

  test("running Analyze again on the pane's own sheets replaces them, leaving the input as it was", async () => {
    const input = file("rerun");
    const g = generate(9);
    await writeWorkbook(g.tables, g.extraSheets, input);
    const pane = await runPane(input);
    expect(pane.analyze.kind).toBe("results");

    const again = await pane.service.analyze(() => {});
    const after = stateOf(pane.fake);

    expect(again.kind).toBe("results");
    expect(after.sheets.map((s) => s.name)).toEqual(pane.afterRateCard.sheets.map((s) => s.name));
    expectSheetsKept(pane.before, after);
    expect(after.sheets.find((s) => s.name === RESULTS_SHEET)).toEqual(pane.afterRateCard.sheets.find((s) => s.name === RESULTS_SHEET));
  });
});
