/**
 * `npm run bench`: the pricing engine alone at 1k, 10k and 100k clients, and `analyze` end to end
 * on a generated 50k-client workbook next to its floor: ExcelJS reading the same file and writing
 * it back with a results sheet of the same rows, values precomputed. Then the result writer alone
 * (adding our sheets to a package): on the small sample and on the sample with a ~20 MB pivot
 * cache, for the sample's sheets and for 50k clients' (its cost should follow our sheets, not the
 * size of what it copies), and ExcelJS laying out the same 50k-client sheets in a scratch
 * workbook, the alternative to writing them directly. Medians of a few runs, in ms.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { analyze } from "../src/core/pricing/analyze";
import { analyzeCommand } from "../src/apps/cli/analyzeCommand";
import type { Io } from "../src/apps/cli/io";
import { planSampleModel } from "../src/core/report/sheets/planSample";
import { clientTable } from "../src/core/report/sheets/clientColumns";
import { generateModel, generateWorkbook } from "./generate";
import { runFlow } from "../src/core/flow";
import { sampleGrids } from "../src/core/workbook/sample";
import { readGrids } from "../src/shells/xlsx/read/readGrids";
import { loadWorkbookBytes } from "../src/shells/xlsx/read/files";
import { applyPlan } from "../src/shells/xlsx/write/applyPlan";
import { resultWorkbook } from "../src/shells/xlsx/write/resultWorkbook";
import { withExcelParts } from "../test/fixtures/packages/excelLike";

const ENGINE_SIZES = [1_000, 10_000, 100_000];
const E2E_CLIENTS = 50_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOAL = 1.3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function time(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  return median(ms);
}

/** Records in the big pivot cache: about 20 MB of zipped XML. */
const PIVOT_RECORDS = Number(process.env.BENCH_PIVOT_RECORDS ?? 1_700_000);

/** The sample's input tables as ExcelJS writes them (the base the Excel-like parts are added to). */
async function sampleInputBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, planSampleModel());
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const silent: Io = { stdout: () => undefined, stderr: () => undefined };

async function main(): Promise<void> {
  const rows: [string, string][] = [];

  for (const n of ENGINE_SIZES) {
    const model = generateModel(n);
    for (let i = 0; i < 3; i++) analyze(model); // warm up
    const ms = await time(RUNS, () => analyze(model));
    rows.push([`engine: analyze(model), ${n.toLocaleString("en-US")} clients`, ms.toFixed(1)]);
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pricer-bench-"));
  const input = path.join(dir, "clients50k.xlsx");
  fs.writeFileSync(input, await generateWorkbook(E2E_CLIENTS));
  const model = generateModel(E2E_CLIENTS);
  const analysis = analyze(model);
  // The floor writes the same client rows as the results sheet (v2 columns and tier comparison included).
  const table = clientTable(analysis, model, "0.00");
  const precomputed = analysis.clients.map((c, i) => table.row(c, i));

  const floorOut = path.join(dir, "floor.xlsx");
  const floor = async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(input) as unknown as ExcelJS.Buffer);
    const ws = workbook.addWorksheet("Pricing Results");
    ws.addRow(table.headers);
    ws.addRows(precomputed);
    fs.writeFileSync(floorOut, Buffer.from(await workbook.xlsx.writeBuffer()));
  };
  const out = path.join(dir, "clients50k.priced.xlsx");
  const endToEnd = async () => {
    const code = await analyzeCommand({ input, out }, silent);
    if (code !== 0) throw new Error(`analyze exited ${code}`);
  };
  const e2eRuns = Math.max(3, Math.min(RUNS, 3));
  await floor(); // warm up both paths once
  await endToEnd();
  // Alternate the two so that a busy machine slows both alike.
  const floorRuns: number[] = [];
  const e2eRunsMs: number[] = [];
  for (let i = 0; i < e2eRuns; i++) {
    floorRuns.push(await time(1, floor));
    e2eRunsMs.push(await time(1, endToEnd));
  }
  const floorMs = median(floorRuns);
  const e2eMs = median(e2eRunsMs);
  rows.push([`floor: ExcelJS read + write back, ${E2E_CLIENTS.toLocaleString("en-US")} result rows`, floorMs.toFixed(0)]);
  rows.push([`analyze end to end, ${E2E_CLIENTS.toLocaleString("en-US")} clients`, e2eMs.toFixed(0)]);

  // The result writer alone.
  const samplePlan = runFlow(sampleGrids()).plan!;
  const bigPlan = runFlow(readGrids(await loadWorkbookBytes(fs.readFileSync(input))).grids).plan!;
  const small = await withExcelParts(await sampleInputBytes());
  const pivot = await withExcelParts(await sampleInputBytes(), PIVOT_RECORDS);
  const mb = (b: Buffer) => `${(b.length / 1e6).toFixed(1)} MB`;
  for (const [label, bytes] of [[`sample with a small pivot cache (${mb(small)})`, small], [`sample with a big pivot cache (${mb(pivot)})`, pivot]] as const) {
    await resultWorkbook(bytes, samplePlan);
    rows.push([`writer: sample's sheets into ${label}`, (await time(RUNS, () => resultWorkbook(bytes, samplePlan))).toFixed(1)]);
    rows.push([`writer: 50k clients' sheets into ${label}`, (await time(3, () => resultWorkbook(bytes, bigPlan))).toFixed(0)]);
  }
  const noCharts = { sheets: bigPlan.sheets.map((s) => ({ ...s, charts: [] })) };
  const scratch = async () => {
    const workbook = new ExcelJS.Workbook();
    applyPlan(workbook, noCharts);
    await workbook.xlsx.writeBuffer();
  };
  rows.push([`ExcelJS scratch layout: 50k clients' sheets, no charts, not yet grafted`, (await time(3, scratch)).toFixed(0)]);
  fs.rmSync(dir, { recursive: true, force: true });

  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${"benchmark".padEnd(width)}  median ms (${RUNS} engine runs, ${e2eRuns} end-to-end runs)`);
  for (const [name, ms] of rows) console.log(`${name.padEnd(width)}  ${ms.padStart(9)}`);
  const ratio = e2eMs / floorMs;
  console.log(`\nanalyze / floor = ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×): ${ratio <= GOAL ? "met" : "NOT met"}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
