/**
 * `analyze WORKBOOK.xlsx [--out RESULT.xlsx] [--json REPORT.json]` (PRICING.md §7).
 * Exit 0: done. Exit 1: the workbook has errors; they are printed with their cells, the JSON
 * holds them, and no result workbook is written. Exit 2: bad arguments or an unreadable file.
 */
import { analyze, whatIf, type FlowOutcome, type Planned } from "../../core/flow";
import type { Problem } from "../../core/workbook/model";
import type { Analysis } from "../../core/pricing/results";
import type { LeverChange } from "../../core/whatIf/levers";
import { labelContext } from "../../core/report/keyFigures";
import { formatSummary } from "./summary";
import { realTarget } from "./paths";
import { renewalSummaryLines } from "../../core/report/sheets/renewalText";
import { CliError, EXIT, type Io } from "./io";
import type { LeverArgs } from "./leverArgs";
import type { TableLocation } from "../../core/workbook/tables";
import path from "node:path";
import { readTimeLogCsv } from "./timeLogCsv";
import { talkFirstLines } from "./talkFirst";
import { openWorkbook, printProblems, reportFailure, writeResult } from "./resultRun";

export interface AnalyzeArgs {
  input: string;
  out?: string;
  json?: string;
  /** A time tracker's CSV export, read as the Time log instead of the workbook's table (issue 12). */
  timeLog?: string;
  /** --date-order (issue 18): how dates such as 05/01/2026 are read, over the Date order setting. */
  dateOrder?: "MDY" | "DMY";
  /** What-if levers from --set / --mix (issue 5), already parsed; names resolved once the workbook is read. */
  levers?: LeverArgs;
}

export async function analyzeCommand(args: AnalyzeArgs, io: Io): Promise<number> {
  const opened = await openWorkbook(args);
  // The file's entries take the place of any Time log table (the summary says which was used).
  // Serial numbers in the CSV are read in the workbook's date system (PRICING.md §1).
  const csvLog = args.timeLog !== undefined ? { ...(await readTimeLogCsv(args.timeLog)), ...(opened.read.dateSystem === 1904 ? { dateSystem: opened.read.dateSystem } : {}) } : null;
  const grids = csvLog ? [...opened.grids.filter((g) => g.key !== "timeLog"), csvLog] : opened.grids;
  const logSource = timeLogSource(args.timeLog, opened.read.located.timeLog, opened.read.grids.some((g) => g.key === "timeLog"));
  const workbook = opened.input(grids);
  const parse = args.dateOrder ? { dateOrder: args.dateOrder } : undefined;
  const outcome: FlowOutcome<Planned & { note?: Problem; before?: Analysis; changes?: LeverChange[] }> = args.levers
    ? whatIf(workbook, await whatIfStepOf(args.levers), { rateCard: true, parse })
    : analyze(workbook, { rateCard: true, parse });
  if (!outcome.ok) return reportFailure(io, outcome, "result workbook", args.json, opened.out);

  const { analysis, model, plan } = outcome;
  const namesInUse = await writeResult(opened, plan, { file: args.json, analysis });
  printProblems(io, "warning", analysis.warnings);
  for (const name of namesInUse) {
    io.stderr(`warning: the workbook already has a name "${name}" of its own: it was left as it is, and the result has no key figure under that name.`);
  }
  if (outcome.note) io.stdout(`${outcome.note.message}\n`);
  const settings = model.settings;
  // The clients to talk to first, as the pane lists them (on the workbook's own figures: not after a what-if).
  const before = outcome.before ?? null;
  const talkFirst = before === null ? talkFirstLines(model, analysis) : [];
  // Renewals are told with the what-if's settings where --set moved them (Annual increase, Annual cost increase…).
  const priced = { ...model, settings: { ...settings } };
  for (const c of outcome.changes ?? []) if (c.lever.kind === "setting") (priced.settings as Record<string, unknown>)[c.lever.key] = c.to;
  const renewals = renewalSummaryLines(analysis, priced);
  io.stdout(formatSummary(analysis, settings.businessName, settings.currency, realTarget(opened.out), logSource, labelContext(model), [...talkFirst, ...renewals], before));
  return EXIT.ok;
}

/**
 * The flow's what-if step for --set / --mix, its code loaded only for such a run (issue 14). Tier
 * and segment names the workbook does not have are usage errors (exit 2), all listed.
 */
async function whatIfStepOf(levers: LeverArgs) {
  const [{ whatIfStep }, { LEVER_HELP, resolveLeverArgs }] = await Promise.all([import("../../core/whatIf/whatIfStep"), import("./leverArgs")]);
  return whatIfStep((model) => {
    const resolved = resolveLeverArgs(levers, model);
    if (!resolved.ok) throw new CliError(EXIT.usage, [...resolved.errors, LEVER_HELP].join("\n"));
    return resolved.value;
  });
}

/** Where the Time log came from, for the summary: the CSV (saying so when it replaced a table), or the table. */
function timeLogSource(csv: string | undefined, located: TableLocation | null, hadTable: boolean): string | null {
  if (csv !== undefined) {
    const replaced = hadTable && located ? ` (the workbook's ${located.source === "table" ? located.tableName : located.sheet} table was not used)` : "";
    return `${path.basename(csv)}${replaced}`;
  }
  if (!located) return null;
  return located.source === "table" ? `the workbook's ${located.tableName} table` : `the workbook's ${located.sheet} sheet`;
}
