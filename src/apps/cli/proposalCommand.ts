/**
 * `proposal WORKBOOK.xlsx --client NAME [--tier TIER] [--out RESULT.xlsx]` (PRICING.md §7, §5b):
 * the result workbook of `analyze` with that client's Proposal sheet added (or updated).
 * Exit 0: done. Exit 1: the workbook has errors (nothing written). Exit 2: bad arguments, an
 * unknown client or tier (the nearest names suggested), or an unreadable file.
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
import { HOURLY } from "../../core/workbook/parseTiers";
import { planProposalSheet, resolveProposal } from "../../core/report/sheets/planProposal";
import { proposalSheetName } from "../../core/report/outputs/proposalSheetName";
import { formatMoney } from "../../core/report/layout/formats";
import { defaultOutPath, realTarget, samePath, stageFile, unwritableReason, WriteError, wrongOutExtension } from "./paths";
import { CliError, EXIT, type Io } from "./io";
import { nearestNames } from "./nearestNames";

export interface ProposalArgs {
  input: string;
  client: string;
  tier?: string;
  out?: string;
}

export async function proposalCommand(args: ProposalArgs, io: Io): Promise<number> {
  // The result is the input's kind of workbook (.xlsm in, .xlsm out), as for analyze.
  const input = await readWorkbookFile(args.input);
  const kind = workbookKind(input);
  const out = args.out ?? defaultOutPath(args.input, kind);
  if (samePath(out, args.input)) throw new CliError(EXIT.usage, `--out must not be the input file (${args.input}): the input is never modified.`);
  const wrongExtension = args.out !== undefined ? wrongOutExtension(args.out, kind) : null;
  if (wrongExtension) throw new CliError(EXIT.usage, wrongExtension);
  const reason = unwritableReason(out);
  if (reason) throw new CliError(EXIT.usage, `Cannot write ${out}: ${reason}.`);

  const workbook = await loadWorkbookBytes(input, args.input);
  // What only the file can tell (formulas never calculated) is on the grids before the core reads them.
  const grids = await confirmUnsavedFormulas(workbook, readGrids(workbook).grids);
  const flow = runFlow(grids);
  const errors = flow.analysis.errors;
  if (flow.plan === null || flow.parse.model === null || errors.length > 0) {
    for (const p of errors) io.stderr(`error: ${formatProblem(p)}`);
    io.stderr(`The workbook has ${errors.length} error${errors.length === 1 ? "" : "s"}: no proposal was written.`);
    return EXIT.workbookErrors;
  }
  const { analysis } = flow;
  const model = flow.parse.model;

  const resolved = resolveProposal(analysis, model, { client: args.client, tier: args.tier });
  if (!resolved.ok) {
    const names = resolved.unknown === "client" ? analysis.clients.map((c) => c.client) : [...model.tiers.map((t) => t.name), HOURLY];
    throw new CliError(EXIT.usage, unknownName(resolved.unknown, resolved.name, names));
  }
  const sheetName = proposalSheetName(resolved.result.client, analysis.clients.map((c) => c.client), (name) => sheetState(workbook, name) === "foreign");
  const plan = { sheets: [...flow.plan.sheets, planProposalSheet(resolved, model, sheetName)] };
  try {
    checkPlan(workbook, plan);
  } catch (error) {
    if (!(error instanceof ForeignSheetError)) throw error;
    io.stderr(`error: '${error.sheet}'!A1: ${error.message}`);
    return EXIT.workbookErrors;
  }

  // The input package with our sheets added: every part of the user's comes back byte for byte.
  const { bytes } = await resultWorkbook(input, plan);
  try {
    await (await stageFile(out, bytes)).commit();
  } catch (error) {
    if (error instanceof WriteError) throw new CliError(EXIT.usage, error.message);
    throw error;
  }

  const option = resolved.tier ? resolved.result.tierOptions.find((o) => o.tier === resolved.tier!.name) : undefined;
  for (const p of analysis.warnings.slice(0, 20)) io.stderr(`warning: ${formatProblem(p)}`);
  if (analysis.warnings.length > 20) io.stderr(`… and ${analysis.warnings.length - 20} more warnings (all in the Pricing Results sheet's notes).`);
  const offer = option
    ? `${resolved.tier!.name} at ${formatMoney(option.revenue, model.settings.currency)} a month`
    : "stay on pay as you go";
  io.stdout(`Proposal for ${resolved.result.client}: ${offer}.`);
  io.stdout(`Sheet "${sheetName}" in ${realTarget(out)}`);
  return EXIT.ok;
}

/** `Unknown client "Harbour Law" — did you mean "Harbor Law"?`, or the names there are. */
export function unknownName(kind: "client" | "tier", typed: string, names: readonly string[]): string {
  const near = nearestNames(typed, names);
  if (near.length > 0) return `Unknown ${kind} "${typed}" — did you mean ${near.map((n) => `"${n}"`).join(" or ")}?`;
  const listed = names.slice(0, 10).map((n) => `"${n}"`).join(", ");
  return `Unknown ${kind} "${typed}" — the workbook's ${kind === "client" ? "clients" : "tiers"} are ${listed}${names.length > 10 ? `, … (${names.length} in all)` : ""}.`;
}
