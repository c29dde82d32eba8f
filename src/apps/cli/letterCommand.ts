/**
 * `letter WORKBOOK.xlsx --client NAME [--out RESULT.xlsx]` (PRICING.md §7, §5d): the result
 * workbook of `analyze` with that client's price-change letter on a sheet of its own.
 * Exit 0: done. Exit 1: the workbook has errors (nothing written). Exit 2: bad arguments, an
 * unknown client (the nearest names suggested), a client billed by the hour (a proposal instead),
 * an Annual increase of 0 (nothing to announce), or an unreadable file.
 */
import { runFlow } from "../../core/flow";
import { readGrids } from "../../shells/xlsx/read/readGrids";
import { checkPlan, ForeignSheetError } from "../../shells/xlsx/write/applyPlan";
import { sheetState } from "../../shells/xlsx/write/ownership";
import { loadWorkbookBytes, readWorkbookFile } from "../../shells/xlsx/read/files";
import { confirmUnsavedFormulas } from "../../shells/xlsx/read/formulaResults";
import { resultWorkbook } from "../../shells/xlsx/write/resultWorkbook";
import { workbookKind } from "../../shells/xlsx/read/packageKind";
import { formatProblem } from "../../core/workbook/problems";
import { letterDate, letterTierWarning, noLetterReason, planLetterSheet, resolveLetter } from "../../core/report/sheets/planLetter";
import { letterSheetName } from "../../core/report/outputs/proposalSheetName";
import { formatMoney } from "../../core/report/layout/formats";
import { defaultOutPath, realTarget, samePath, stageFile, unwritableReason, wrongOutExtension } from "./paths";
import { CliError, EXIT, type Io } from "./io";
import { unknownName } from "./proposalCommand";

export interface LetterArgs {
  input: string;
  client: string;
  out?: string;
}

export async function letterCommand(args: LetterArgs, io: Io): Promise<number> {
  const input = await readWorkbookFile(args.input);
  const kind = workbookKind(input);
  const out = args.out ?? defaultOutPath(args.input, kind);
  if (samePath(out, args.input)) throw new CliError(EXIT.usage, `--out must not be the input file (${args.input}): the input is never modified.`);
  const wrongExtension = args.out !== undefined ? wrongOutExtension(args.out, kind) : null;
  if (wrongExtension) throw new CliError(EXIT.usage, wrongExtension);
  const reason = unwritableReason(out);
  if (reason) throw new CliError(EXIT.usage, `Cannot write ${out}: ${reason}.`);

  const workbook = await loadWorkbookBytes(input, args.input);
  const grids = await confirmUnsavedFormulas(workbook, readGrids(workbook).grids);
  const flow = runFlow(grids);
  const errors = flow.analysis.errors;
  if (flow.plan === null || flow.parse.model === null || errors.length > 0) {
    for (const p of errors) io.stderr(`error: ${formatProblem(p)}`);
    io.stderr(`The workbook has ${errors.length} error${errors.length === 1 ? "" : "s"}: no letter was written.`);
    return EXIT.workbookErrors;
  }
  const { analysis } = flow;
  const model = flow.parse.model;

  const letter = resolveLetter(analysis, model, args.client);
  if (!letter.ok) {
    if (letter.why === "unknown") throw new CliError(EXIT.usage, unknownName("client", letter.name, analysis.clients.map((c) => c.client)));
    const how = letter.why === "hourly" ? ` (npm run cli -- proposal ${args.input} --client "${letter.name}")` : "";
    throw new CliError(EXIT.usage, `${noLetterReason(letter.why, letter.name)}${how}`);
  }
  const sheetName = letterSheetName(letter.result.client, analysis.clients.map((c) => c.client), (name) => sheetState(workbook, name) === "foreign");
  const plan = { sheets: [...flow.plan.sheets, planLetterSheet(letter, model, sheetName)] };
  try {
    checkPlan(workbook, plan);
  } catch (error) {
    if (!(error instanceof ForeignSheetError)) throw error;
    io.stderr(`error: '${error.sheet}'!A1: ${error.message}`);
    return EXIT.workbookErrors;
  }

  const { bytes } = resultWorkbook(input, plan);
  try {
    await (await stageFile(out, bytes)).commit();
  } catch (error) {
    throw new CliError(EXIT.usage, `Cannot write ${out}: ${(error as Error).message}`);
  }

  for (const p of analysis.warnings.slice(0, 20)) io.stderr(`warning: ${formatProblem(p)}`);
  if (analysis.warnings.length > 20) io.stderr(`… and ${analysis.warnings.length - 20} more warnings (all in the Pricing Results sheet's notes).`);
  const tierWarning = letterTierWarning(letter);
  if (tierWarning !== null) io.stderr(`warning: ${tierWarning}`);
  const s = model.settings;
  const $ = (x: number) => formatMoney(x, s.currency);
  const when = letter.client.renewalDate ? `from ${letterDate(letter.client.renewalDate, s)}` : "from its next renewal";
  io.stdout(`Letter for ${letter.result.client}: ${letter.tier.name} ${$(letter.option.tierFee)} → ${$(letter.option.tierFee * (1 + s.annualIncrease))} a month ${when}.`);
  io.stdout(`Sheet "${sheetName}" in ${realTarget(out)}`);
  return EXIT.ok;
}
