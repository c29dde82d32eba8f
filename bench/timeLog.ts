/**
 * `npm run bench` (issue 12): a 12-month Time log of 100,000 entries, read and priced (parse +
 * analyze + plan, the whole flow), next to the same model without a log (the logged figures typed
 * into its Clients cells), and the same entries as a CSV export: csv-parse alone, and the file's
 * bytes decoded and read as a Time log through the whole flow (issue 18: within 1.2× csv-parse's
 * time, under 500 MB). Medians, in ms.
 */
import { runFlow } from "../src/core/flow";
import { sampleGrids } from "../src/core/workbook/sample";
import type { CellValue, Grid } from "../src/core/workbook/grid";
import { parse } from "csv-parse/sync";
import { timeLogGridFromCsv } from "../src/apps/cli/timeLogCsv";
import { csvText } from "../src/apps/cli/csvText";

const ENTRIES = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(fn: () => unknown): number {
  const ms: number[] = [];
  fn(); // warm up
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    ms.push(performance.now() - start);
  }
  return median(ms);
}

// Every sample client logs 2025: entries spread over the year, a third of them remote.
const base = sampleGrids().filter((g) => g.key !== "timeLog");
const clientsGrid = base.find((g) => g.key === "clients")!;
const names = clientsGrid.values.slice(1).map((r) => String(r[0]));
const rows: CellValue[][] = [];
for (let i = 0; i < ENTRIES; i++) {
  const serial = 45_658 + (i * 7) % 365; // 2025-01-01 + a day of the year
  rows.push([serial, names[i % names.length]!, [0.25, 0.5, 1, 1.5, 2.25][i % 5]!, i % 3 === 0 ? "No" : "Yes", 125 * ((i % 4) + 1)]);
}
const header = ["Date", "Client", "Hours", "On site", "Amount"];
const logGrid: Grid = { key: "timeLog", sheet: "Time Log", source: "table", tableName: "TimeLog", origin: { row: 0, col: 0 }, values: [header, ...rows] };

// Blank the Clients cells so every client is priced from the log.
const blanked: Grid = { ...clientsGrid, values: clientsGrid.values.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), null, null, null, ...r.slice(7)])) };
const withLog = [...base.filter((g) => g.key !== "clients"), blanked, logGrid];
const priced = runFlow(withLog);
if (priced.plan === null) throw new Error(priced.analysis.errors.map((e) => e.message).join("\n"));

// The same model without a log: each client's logged figures typed into its cells.
const typed: Grid = {
  ...clientsGrid,
  values: clientsGrid.values.map((r, i) => {
    if (i === 0) return r;
    const log = priced.analysis.clients[i - 1]!.timeLog!;
    return [...r.slice(0, 4), log.visits, log.hoursPerVisit, log.remoteHours, ...r.slice(7)];
  }),
};
const withoutLog = [...base.filter((g) => g.key !== "clients"), typed];
const same = runFlow(withoutLog).analysis.totals.currentRevenue;
if (Math.abs(same - priced.analysis.totals.currentRevenue) > 1e-6) throw new Error("the typed model does not price as the log does");

const csv = [header.join(","), ...rows.map((r) => [new Date((Number(r[0]) - 25_569) * 86_400_000).toISOString().slice(0, 10), r[1], r[2], r[3], r[4]].join(","))].join("\n");

const csvParseAlone = time(() => parse(csv, { bom: true, relax_column_count: true }));
// From the file's bytes: its encoding found and decoded, its records read, the whole flow run.
const bytes = Buffer.from(csv, "utf8");
const csvFlow = time(() => runFlow([...base.filter((g) => g.key !== "clients"), blanked, timeLogGridFromCsv(csvText(bytes).text, "entries.csv")]));
const results: [string, number][] = [
  [`flow (read, price, plan), ${names.length} clients, no Time log`, time(() => runFlow(withoutLog))],
  [`flow with a 12-month Time log of ${ENTRIES.toLocaleString("en-US")} entries`, time(() => runFlow(withLog))],
  [`CSV of ${ENTRIES.toLocaleString("en-US")} entries: csv-parse alone`, csvParseAlone],
  [`CSV of ${ENTRIES.toLocaleString("en-US")} entries: decoded, read as a Time log + flow`, csvFlow],
];
const width = Math.max(...results.map((r) => r[0].length));
console.log(`\n${"Time log benchmark".padEnd(width)}  median ms (${RUNS} runs)`);
for (const [name, ms] of results) console.log(`${name.padEnd(width)}  ${ms.toFixed(1).padStart(9)}`);
// Issue 18: the whole flow from a CSV within 1.2× what csv-parse alone takes, under 500 MB.
console.log(`CSV through the whole flow / csv-parse alone: ${(csvFlow / csvParseAlone).toFixed(2)}× (target ≤ 1.2×); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (target < 500 MB)`);
console.log(`(${priced.analysis.timeLog!.entries.toLocaleString("en-US")} entries, ${priced.analysis.timeLog!.months} months, same figures with and without the log)`);
