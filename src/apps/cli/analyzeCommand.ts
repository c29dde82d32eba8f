/**
 * `analyze WORKBOOK.xlsx [--out RESULT.xlsx] [--json REPORT.json]` (PRICING.md §7).
 * Exit 0: done. Exit 1: the workbook has errors; they are printed with their cells, the JSON
 * holds them, and no result workbook is written. Exit 2: bad arguments or an unreadable file.
 */
import { runFlow } from "../../core/flow";
import { readGrids } from "../../shells/xlsx/read/readGrids";
import { checkPlan, ForeignSheetError } from "../../shells/xlsx/write/applyPlan";
import { loadWorkbookBytes, readWorkbookFile } from "../../shells/xlsx/read/files";
import { resultWorkbook } from "../../shells/xlsx/write/resultWorkbook";
import { workbookKind } from "../../shells/xlsx/read/packageKind";
import { confirmUnsavedFormulas } from "../../shells/xlsx/read/formulaResults";
import type { Analysis } from "../../core/pricing/results";
import type { Problem } from "../../core/workbook/model";
import { DEFAULT_SETTINGS } from "../../core/workbook/defaults";
import { formatProblem } from "../../core/workbook/problems";
import { formatSummary } from "./summary";
import { defaultOutPath, realTarget, samePath, stageFile, unwritableReason, WriteError, wrongOutExtension, type StagedFile } from "./paths";
import { CliError, EXIT, type Io } from "./io";
import type { LeverArgs } from "./leverArgs";
import type { TableLocation } from "../../core/workbook/tables";
import fs from "node:fs";
import path from "node:path";
import { readTimeLogCsv } from "./timeLogCsv";

export interface AnalyzeArgs {
  input: string;
  out?: string;
  json?: string;
  /** A time tracker's CSV export, read as the Time log instead of the workbook's table (issue 12). */
  timeLog?: string;
  /** What-if levers from --set / --mix (issue 5), already parsed; names resolved once the workbook is read. */
  levers?: LeverArgs;
}

/** Warnings beyond this many are counted, not listed (they are all in the JSON and on the sheet). */
const MAX_LISTED_WARNINGS = 20;

export async function analyzeCommand(args: AnalyzeArgs, io: Io): Promise<number> {
  // The result is the input's kind of workbook (.xlsm in, .xlsm out): its bytes say which.
  const input = await readWorkbookFile(args.input);
  const kind = workbookKind(input);
  const out = args.out ?? defaultOutPath(args.input, kind);
  if (samePath(out, args.input)) throw new CliError(EXIT.usage, `--out must not be the input file (${args.input}): the input is never modified.`);
  if (args.json !== undefined && samePath(args.json, args.input)) {
    throw new CliError(EXIT.usage, `--json must not be the input file (${args.input}).`);
  }
  if (args.json !== undefined && samePath(args.json, out)) throw new CliError(EXIT.usage, "--json and --out must be different files.");
  if (args.timeLog !== undefined) {
    // The time tracker's export is an input too: never written over, whatever it is called.
    if (samePath(args.timeLog, args.input)) {
      throw new CliError(EXIT.usage, `${args.timeLog} is not a CSV file (it is the workbook being analysed) — export the time entries as CSV, or paste them into a Time log sheet of the workbook and leave out --time-log.`);
    }
    for (const [flag, file] of [["--out", out], ["--json", args.json]] as const) {
      if (file !== undefined && samePath(file, args.timeLog)) throw new CliError(EXIT.usage, `${flag} must not be the --time-log file (${args.timeLog}): inputs are never modified.`);
    }
  }
  const wrongExtension = args.out !== undefined ? wrongOutExtension(args.out, kind) : null;
  if (wrongExtension) throw new CliError(EXIT.usage, wrongExtension);
  // Both outputs are checked before anything is read, so a bad --json never follows a written result.
  for (const file of args.json !== undefined ? [out, args.json] : [out]) {
    const reason = unwritableReason(file);
    if (reason) throw new CliError(EXIT.usage, `Cannot write ${file}: ${reason}.`);
  }

  const workbook = await loadWorkbookBytes(input, args.input);
  // What only the file can tell (formulas never calculated) is on the grids before the core reads them.
  const read = readGrids(workbook);
  const workbookGrids = await confirmUnsavedFormulas(workbook, read.grids);
  // The file's entries take the place of any Time log table (the summary says which was used).
  // Serial numbers in the CSV are read in the workbook's date system (PRICING.md §1).
  const csvLog = args.timeLog !== undefined ? { ...(await readTimeLogCsv(args.timeLog)), ...(read.dateSystem === 1904 ? { dateSystem: read.dateSystem } : {}) } : null;
  const grids = csvLog ? [...workbookGrids.filter((g) => g.key !== "timeLog"), csvLog] : workbookGrids;
  const logSource = timeLogSource(args.timeLog, read.located.timeLog, read.grids.some((g) => g.key === "timeLog"));
  const { parse, whatIf, analysis, plan } = runFlow(grids, args.levers ? { whatIf: await whatIfStepOf(args.levers) } : {});

  if (plan === null) {
    await writeJson(args.json, analysis);
    printProblems(io, "warning", analysis.warnings, MAX_LISTED_WARNINGS);
    printProblems(io, "error", analysis.errors, Infinity);
    io.stderr(`The workbook has ${count(analysis.errors.length, "error")}: no result workbook was written.`);
    // An earlier run's result beside this report would otherwise pass for this run's.
    if (fs.existsSync(out)) io.stderr(`Note: ${out} is an earlier result, left as it was: it does not reflect the workbook as it is now.`);
    return EXIT.workbookErrors;
  }

  try {
    checkPlan(workbook, plan);
  } catch (error) {
    if (!(error instanceof ForeignSheetError)) throw error;
    const refused: Analysis = { ...analysis, errors: [...analysis.errors, { cell: `'${error.sheet}'!A1`, message: error.message }] };
    await writeJson(args.json, refused);
    printProblems(io, "error", refused.errors, Infinity);
    return EXIT.workbookErrors;
  }

  // The input package with our sheets added: every part of the user's comes back byte for byte.
  const { bytes, namesInUse } = await resultWorkbook(input, plan);
  // Both files are written in full first and then put in place, so a failure leaves neither.
  const staged: StagedFile[] = [];
  try {
    staged.push(await stage(out, bytes));
    if (args.json !== undefined) staged.push(await stage(args.json, jsonText(analysis)));
  } catch (error) {
    await Promise.all(staged.map((s) => s.discard()));
    throw error;
  }
  try {
    for (const file of staged) await file.commit();
  } catch (error) {
    await Promise.all(staged.map((s) => s.discard()));
    throw asCliError(error);
  }

  printProblems(io, "warning", analysis.warnings, MAX_LISTED_WARNINGS);
  for (const name of namesInUse) {
    io.stderr(`warning: the workbook already has a name "${name}" of its own: it was left as it is, and the result has no key figure under that name.`);
  }
  const settings = parse.model?.settings ?? DEFAULT_SETTINGS;
  if (whatIf) io.stdout(`${whatIf.note.message}\n`);
  io.stdout(formatSummary(analysis, settings.businessName, settings.currency, realTarget(out), logSource));
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

async function stage(file: string, data: Uint8Array | string): Promise<StagedFile> {
  try {
    return await stageFile(file, data);
  } catch (error) {
    throw asCliError(error);
  }
}

/** A failed write is exit 2 with the sentence that names the file. */
function asCliError(error: unknown): CliError {
  if (error instanceof WriteError) return new CliError(EXIT.usage, error.message);
  throw error;
}

async function writeJson(file: string | undefined, analysis: Analysis): Promise<void> {
  if (file === undefined) return;
  const staged = await stage(file, jsonText(analysis));
  try {
    await staged.commit();
  } catch (error) {
    throw asCliError(error);
  }
}

function jsonText(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

function printProblems(io: Io, kind: "error" | "warning", problems: readonly Problem[], max: number): void {
  for (const p of problems.slice(0, max)) io.stderr(`${kind}: ${formatProblem(p)}`);
  if (problems.length > max) io.stderr(`… and ${problems.length - max} more ${kind}s (all in the JSON report and the results sheet).`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
