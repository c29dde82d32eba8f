/**
 * What every command that writes a result workbook does around the flow (PRICING.md §7): check
 * its files before anything is read, read the workbook into grids, and write the result (and the
 * JSON report) in full before putting them in place, so a failure leaves neither. The input is
 * never modified; the result is the input's kind of workbook (.xlsm in, .xlsm out).
 */
import type ExcelJS from "exceljs";
import type { Grid } from "../../core/workbook/grid";
import type { Problem } from "../../core/workbook/model";
import type { Analysis } from "../../core/pricing/results";
import type { SheetPlan } from "../../core/report/sheetPlan";
import type { FlowFailure, WorkbookInput } from "../../core/flow";
import { formatProblem } from "../../core/workbook/problems";
import { readGrids, type ReadResult } from "../../shells/xlsx/read/readGrids";
import { loadWorkbookBytes, readWorkbookFile } from "../../shells/xlsx/read/files";
import { confirmUnsavedFormulas } from "../../shells/xlsx/read/formulaResults";
import { workbookKind } from "../../shells/xlsx/read/packageKind";
import { resultWorkbook } from "../../shells/xlsx/write/resultWorkbook";
import { sheetState } from "../../shells/xlsx/write/ownership";
import fs from "node:fs";
import { defaultOutPath, samePath, stageFile, unwritableReason, WriteError, wrongOutExtension, type StagedFile } from "./paths";
import { CliError, EXIT, type Io } from "./io";
import { nearestNames } from "./nearestNames";

export interface ResultFiles {
  input: string;
  out?: string;
  /** The JSON report's file, for commands that write one. */
  json?: string;
  /** A time tracker's CSV export read as the Time log: an input too, never written over. */
  timeLog?: string;
}

export interface OpenedWorkbook {
  /** The result workbook's file. */
  out: string;
  bytes: Buffer;
  workbook: ExcelJS.Workbook;
  read: ReadResult;
  /** The grids with what only the file can tell (formulas never calculated) on them. */
  grids: Grid[];
  /** The flow's view of the workbook: `grids` (or others in their place) and our sheets' ownership. */
  input(grids?: readonly Grid[]): WorkbookInput;
}

/** Exit 2 (usage) for an output that is the input, or unwritable, before anything is read. */
export async function openWorkbook(files: ResultFiles): Promise<OpenedWorkbook> {
  const bytes = await readWorkbookFile(files.input);
  const kind = workbookKind(bytes);
  const out = files.out ?? defaultOutPath(files.input, kind);
  if (samePath(out, files.input)) throw new CliError(EXIT.usage, `--out must not be the input file (${files.input}): the input is never modified.`);
  if (files.json !== undefined && samePath(files.json, files.input)) throw new CliError(EXIT.usage, `--json must not be the input file (${files.input}).`);
  if (files.json !== undefined && samePath(files.json, out)) throw new CliError(EXIT.usage, "--json and --out must be different files.");
  if (files.timeLog !== undefined) {
    // The time tracker's export is an input too: never written over, whatever it is called.
    if (samePath(files.timeLog, files.input)) {
      throw new CliError(EXIT.usage, `${files.timeLog} is not a CSV file (it is the workbook being analysed) — export the time entries as CSV, or paste them into a Time log sheet of the workbook and leave out --time-log.`);
    }
    for (const [flag, file] of [["--out", out], ["--json", files.json]] as const) {
      if (file !== undefined && samePath(file, files.timeLog)) throw new CliError(EXIT.usage, `${flag} must not be the --time-log file (${files.timeLog}): inputs are never modified.`);
    }
  }
  const wrongExtension = files.out !== undefined ? wrongOutExtension(files.out, kind) : null;
  if (wrongExtension) throw new CliError(EXIT.usage, wrongExtension);
  // Both outputs are checked before anything is read, so a bad --json never follows a written result.
  for (const file of files.json !== undefined ? [out, files.json] : [out]) {
    const reason = unwritableReason(file);
    if (reason) throw new CliError(EXIT.usage, `Cannot write ${file}: ${reason}.`);
  }
  const workbook = await loadWorkbookBytes(bytes, files.input);
  const read = readGrids(workbook);
  const grids = await confirmUnsavedFormulas(workbook, read.grids);
  return {
    out, bytes, workbook, read, grids,
    input: (others) => ({ grids: others ?? grids, sheetState: (name) => sheetState(workbook, name) }),
  };
}

/**
 * The input package with the plan's sheets added (every part of the user's comes back byte for
 * byte), and the JSON report when asked for; returns the key figures' names the user already uses.
 */
export async function writeResult(opened: OpenedWorkbook, plan: SheetPlan, json?: { file: string | undefined; analysis: Analysis }): Promise<string[]> {
  const { bytes, namesInUse } = await resultWorkbook(opened.bytes, plan);
  const staged: StagedFile[] = [];
  try {
    staged.push(await stage(opened.out, bytes));
    if (json?.file !== undefined) staged.push(await stage(json.file, jsonText(json.analysis)));
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
  return namesInUse;
}

/** The JSON report alone (a workbook with errors: no result workbook). */
export async function writeJson(file: string | undefined, analysis: Analysis): Promise<void> {
  if (file === undefined) return;
  const staged = await stage(file, jsonText(analysis));
  try {
    await staged.commit();
  } catch (error) {
    throw asCliError(error);
  }
}

async function stage(file: string, data: Uint8Array | string): Promise<StagedFile> {
  try {
    return await stageFile(file, data);
  } catch (error) {
    throw asCliError(error, file);
  }
}

/** A failed write is exit 2 with the sentence that names the file (paths.ts WriteError). */
function asCliError(error: unknown, file?: string): CliError {
  if (error instanceof WriteError) return new CliError(EXIT.usage, error.message);
  if (error instanceof CliError) return error;
  return new CliError(EXIT.usage, `Cannot write ${file ?? "the result"}: ${(error as Error).message}`);
}

function jsonText(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

/** Warnings beyond this many are counted, not listed (they are all in the JSON and on the sheet). */
export const MAX_LISTED_WARNINGS = 20;

export function printProblems(io: Io, kind: "error" | "warning", problems: readonly Problem[], max = kind === "error" ? Infinity : MAX_LISTED_WARNINGS): void {
  for (const p of problems.slice(0, max)) io.stderr(`${kind}: ${formatProblem(p)}`);
  if (problems.length > max) io.stderr(`… and ${problems.length - max} more ${kind}s (all in the JSON report and the results sheet).`);
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * A failed flow on the command line: nothing written but the JSON report (when asked for), every
 * problem printed with its cell, exit 1; a client or tier the workbook does not have is a usage
 * error (exit 2) that suggests the nearest names. `result`: what was not written.
 */
export async function reportFailure(io: Io, failure: FlowFailure, result: string, json?: string, out?: string): Promise<number> {
  if (failure.reason === "unknownName") {
    const { what, name, known } = failure.unknown!;
    throw new CliError(EXIT.usage, unknownName(what, name, known));
  }
  await writeJson(json, failure.analysis);
  if (failure.reason === "inputErrors") {
    printProblems(io, "warning", failure.warnings);
    printProblems(io, "error", failure.problems);
    io.stderr(`The workbook has ${count(failure.problems.length, "error")}: no ${result} was written.`);
    // An earlier run's result beside this report would otherwise pass for this run's.
    if (out !== undefined && fs.existsSync(out)) io.stderr(`Note: ${out} is an earlier result, left as it was: it does not reflect the workbook as it is now.`);
  } else {
    printProblems(io, "error", failure.problems);
  }
  return EXIT.workbookErrors;
}

/** `Unknown client "Harbour Law" — did you mean "Harbor Law"?`, or the names there are. */
export function unknownName(kind: "client" | "tier", typed: string, names: readonly string[]): string {
  const near = nearestNames(typed, names);
  if (near.length > 0) return `Unknown ${kind} "${typed}" — did you mean ${near.map((n) => `"${n}"`).join(" or ")}?`;
  const listed = names.slice(0, 10).map((n) => `"${n}"`).join(", ");
  return `Unknown ${kind} "${typed}" — the workbook's ${kind === "client" ? "clients" : "tiers"} are ${listed}${names.length > 10 ? `, … (${names.length} in all)` : ""}.`;
}
