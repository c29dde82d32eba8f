/**
 * `npm run bench` (whole-process part, issue 14): `npm run --silent cli -- analyze` exactly as a
 * consultant runs it, on the sample (28 clients) and on a 1,000-client workbook, against its
 * floor: a bare Node.js process that requires ExcelJS, reads the same file and writes it back with
 * a results sheet of the same client rows (bench/floor.js). Paired runs, floor then analyze, so a
 * busy machine slows both alike; the figure is the median of the pairs' ratios. Then where a start
 * goes (Node.js, npm, ExcelJS, the bundle), and the peak memory of one run at 50,000 clients.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBundle, currentChunks } from "../tools/cliBundle";
import { writeSampleWorkbook } from "../src/apps/cli/sampleCommand";
import { runFlow } from "../src/core/flow";
import { clientTable } from "../src/core/report/sheets/clientColumns";
import { loadWorkbook } from "../src/shells/xlsx/read/files";
import { readGrids } from "../src/shells/xlsx/read/readGrids";
import { generateWorkbook } from "./generate";

const ROOT = path.resolve(__dirname, "..");
const PAIRS = Number(process.env.BENCH_CLI_RUNS ?? 9);
const START_RUNS = 7;
const GOAL = 1.3;
const MEMORY_CLIENTS = 50_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Wall time of one process, in ms; it must exit 0. */
function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  const p = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", env, shell: process.platform === "win32" });
  const ms = performance.now() - start;
  if (p.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${p.status}: ${p.stderr}`);
  return ms;
}

type Command = readonly [string, readonly string[]];
const node = (...args: string[]): Command => [process.execPath, args];
const npmCli = (...args: string[]): Command => ["npm", ["run", "--silent", "cli", "--", ...args]];

/** The client rows the floor writes: those analyze writes, computed here beforehand. */
async function floorRows(input: string, dir: string): Promise<string> {
  const { analysis, parse } = runFlow(readGrids(await loadWorkbook(input)).grids, { sheets: [] });
  const table = clientTable(analysis, parse.model!, "0.00");
  const file = path.join(dir, `${path.basename(input)}.rows.json`);
  fs.writeFileSync(file, JSON.stringify({ headers: table.headers, rows: analysis.clients.map((c, i) => table.row(c, i)) }));
  return file;
}

interface Pairs {
  floor: number;
  cli: number;
  ratio: number;
}

function pairs(runs: number, floor: () => number, cli: () => number): Pairs {
  floor(); // warm the file cache for both
  cli();
  const f: number[] = [];
  const c: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    f.push(floor());
    c.push(cli());
    r.push(c[i] / f[i]);
  }
  return { floor: median(f), cli: median(c), ratio: median(r) };
}

function peakMemory(command: Command, dir: string): number {
  const file = path.join(dir, "peak");
  const [exe, args] = command;
  timed(exe, ["-r", path.join(__dirname, "peakMemory.js"), ...args], { ...process.env, PEAK_MEMORY_FILE: file });
  return Number(fs.readFileSync(file, "utf8"));
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pricer-bench-cli-"));
  const buildStart = performance.now();
  const bundle = await ensureBundle();
  const buildMs = performance.now() - buildStart;
  const floorScript = path.join(__dirname, "floor.js");
  const cliScript = path.join(ROOT, "tools", "cli.js");

  const inputs: [string, string][] = [];
  const sample = path.join(dir, "sample.xlsx");
  await writeSampleWorkbook(sample);
  inputs.push(["sample, 28 clients", sample]);
  const thousand = path.join(dir, "clients1k.xlsx");
  fs.writeFileSync(thousand, await generateWorkbook(1_000));
  inputs.push(["1,000 clients", thousand]);

  const lines: string[] = [];
  const results: [string, Pairs, Pairs][] = [];
  for (const [label, input] of inputs) {
    const rows = await floorRows(input, dir);
    const out = path.join(dir, "out.xlsx");
    const floor = () => timed(...node(floorScript, input, path.join(dir, "floor.xlsx"), rows));
    const viaNpm = pairs(PAIRS, floor, () => timed(...npmCli("analyze", input, "--out", out)));
    const viaNode = pairs(PAIRS, floor, () => timed(...node(cliScript, "analyze", input, "--out", out)));
    results.push([label, viaNpm, viaNode]);
  }

  const startRuns = (cmd: Command) => {
    const ms: number[] = [];
    for (let i = 0; i < START_RUNS; i++) ms.push(timed(...cmd));
    return median(ms);
  };
  const { chunks } = currentChunks();
  const analyzeChunk = Object.entries(chunks).find(([, c]) => c.entryPoint === "src/apps/cli/analyzeCommand.ts")![0];
  const analyzeChunkUrl = new URL(`file://${path.join(path.dirname(bundle.file), analyzeChunk)}`).href;
  const start: [string, number][] = [
    ["node -e 0 (Node.js starting)", startRuns(node("-e", "0"))],
    ['node -e \'require("exceljs")\' (ExcelJS from node_modules)', startRuns(node("-e", 'require("exceljs")'))],
    ["node, importing the bundle's analyze chunk (ExcelJS bundled)", startRuns(node("--input-type=module", "-e", `await import(${JSON.stringify(analyzeChunkUrl)})`))],
    ["node tools/cli.js --help", startRuns(node(cliScript, "--help"))],
    ["npm run --silent cli -- --help", startRuns(npmCli("--help"))],
  ];

  const big = path.join(dir, "clients50k.xlsx");
  fs.writeFileSync(big, await generateWorkbook(MEMORY_CLIENTS));
  const bigRows = await floorRows(big, dir);
  const floorPeak = peakMemory(node(floorScript, big, path.join(dir, "floor50k.xlsx"), bigRows), dir);
  const cliPeak = peakMemory(node(cliScript, "analyze", big, "--out", path.join(dir, "out50k.xlsx")), dir);
  fs.rmSync(dir, { recursive: true, force: true });

  const ms = (x: number) => `${x.toFixed(0)} ms`;
  lines.push(`${`whole process, median of ${PAIRS} pairs`.padEnd(60)}    floor   analyze   ratio`);
  for (const [label, viaNpm, viaNode] of results) {
    lines.push(`${`npm run --silent cli -- analyze, ${label}`.padEnd(60)} ${ms(viaNpm.floor).padStart(8)} ${ms(viaNpm.cli).padStart(9)} ${`${viaNpm.ratio.toFixed(2)}×`.padStart(7)}`);
    lines.push(`${`node tools/cli.js analyze, ${label}`.padEnd(60)} ${ms(viaNode.floor).padStart(8)} ${ms(viaNode.cli).padStart(9)} ${`${viaNode.ratio.toFixed(2)}×`.padStart(7)}`);
  }
  lines.push("", `starting, median of ${START_RUNS} runs`);
  for (const [label, x] of start) lines.push(`${label.padEnd(60)} ${ms(x).padStart(8)}`);
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  lines.push("", `peak memory (max RSS), ${MEMORY_CLIENTS.toLocaleString("en-US")} clients: analyze ${mb(cliPeak)}, floor ${mb(floorPeak)} (${(cliPeak / floorPeak).toFixed(2)}×)`);
  lines.push(bundle.built === null ? "bundle: already built" : `bundle: built first because ${bundle.built}, in ${ms(buildMs)}`);
  for (const [label, viaNpm] of results) {
    lines.push(`analyze / floor through npm, ${label}: ${viaNpm.ratio.toFixed(2)}× (goal ≤ ${GOAL}×): ${viaNpm.ratio <= GOAL ? "met" : "NOT met"}`);
  }
  console.log(`\n${lines.join("\n")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
