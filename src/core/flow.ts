/**
 * The application layer (DESIGN.md): the verbs every front door calls — analyze, whatIf,
 * rateCard, proposal — each `{ ok: true, … } | { ok: false, problems }`. What is decided here,
 * once: which sheet is shown (the one the user asked for), how a proposal's sheet is named, and
 * what a failed flow means (nothing may be written; the problems say why, each at its cell).
 * Underneath, one composition: grids → parse → analyze → plan (runFlow). Parse warnings come
 * first in the analysis, then the pricing's own. On any parse error nothing is priced and nothing
 * is planned: the analysis carries the errors and empty results.
 */
import type { Grid } from "./workbook/grid";
import type { Model, ParseResult, Problem } from "./workbook/model";
import type { Analysis } from "./pricing/results";
import type { SheetPlan, SheetSpec } from "./report/sheetPlan";
import { parseModel, type ParseOptions } from "./workbook/parseModel";
import { analyze as priceModel, type AnalyzeOptions } from "./pricing/analyze";
import { summarizeSegments } from "./pricing/segments";
import { planResultsSheet } from "./report/sheets/planResults";
import { planRateCardSheet } from "./report/sheets/planRateCard";
import type { LeverChange } from "./whatIf/levers";
import type { WhatIfInputs } from "./whatIf/whatIf";
import { overflowErrors } from "./report/overflowGuard";
import type { ModelCells, Tier } from "./workbook/model";
import type { ClientResult, TierOption } from "./pricing/results";
import { HOURLY } from "./workbook/parseTiers";
import { foreignSheet, type SheetState } from "./report/outputs/ownership";
import { ForeignSheetError } from "./report/outputs/foreignSheet";
import { proposalWarning } from "./report/sheets/proposalWarning";
import { letterTierWarning, noLetterReason, planLetterSheet, resolveLetter, type ResolvedLetter } from "./report/sheets/planLetter";
import { letterSheetName, proposalSheetName } from "./report/outputs/proposalSheetName";
import { planProposalSheet, resolveProposal, type ProposalChoice } from "./report/sheets/planProposal";
import { keyFigures, type KeyFigures } from "./report/keyFigures";

export type OutputSheet = "results" | "rateCard";

export interface FlowOptions {
  /** How the workbook is read: `--date-order` (issue 18). */
  parse?: ParseOptions;
  analyze?: AnalyzeOptions;
  /** Which sheets to plan; both by default. */
  sheets?: readonly OutputSheet[];
  /**
   * What-if (issue 5): the levers applied, chosen once the model is read (it may throw, e.g. on an
   * unknown tier name); `whatIfStep` (src/core/whatIf/whatIfStep.ts) makes it from levers. It is passed in so
   * that a plain analysis loads no what-if code (issue 14). The analysis and the plan use it; the
   * results sheet's notes say so.
   */
  whatIf?: (model: Model) => WhatIfStep;
}

/** A what-if's inputs, and the note its results sheet carries. */
export interface WhatIfStep extends WhatIfInputs {
  note: Problem;
}

export interface FlowResult {
  parse: ParseResult;
  analysis: Analysis;
  /** null when the workbook has errors: nothing may be written. */
  plan: SheetPlan | null;
  /**
   * With `whatIf`: the levers that differ from the workbook, the note saying so, and the workbook
   * priced as it stands (`before`), so that one run can show the figures before and after (§7).
   */
  whatIf?: { changes: LeverChange[]; note: Problem; before: Analysis };
}

export function runFlow(grids: readonly Grid[], options: FlowOptions = {}): FlowResult {
  const parse = parseModel(grids, options.parse);
  if (parse.errors.length > 0 || parse.model === null) {
    return { parse, analysis: failedAnalysis(parse), plan: null };
  }
  const whatIf = options.whatIf ? options.whatIf(parse.model) : null;
  const model = whatIf?.model ?? parse.model;
  const priced = priceModel(model, whatIf ? { ...options.analyze, mix: whatIf.mix } : options.analyze);
  const analysis: Analysis = {
    ...priced,
    warnings: [...parse.warnings, ...priced.warnings],
    errors: [...priced.errors],
  };
  // The last guard before anything is planned: a figure that is not finite cannot be written.
  const overflow = overflowErrors(analysis, model);
  if (overflow.length > 0) {
    return { parse, analysis: failedAnalysis({ errors: overflow, warnings: analysis.warnings }), plan: null };
  }
  const sheets = options.sheets ?? ["results", "rateCard"];
  if (whatIf === null) return { parse, analysis, plan: planSheets(analysis, model, sheets) };
  // The note goes on the sheets only: the JSON report stays exactly the analysis.
  const noted = { ...analysis, warnings: [whatIf.note, ...analysis.warnings] };
  const before = priceModel(parse.model, options.analyze);
  return { parse, analysis, plan: planSheets(noted, model, sheets), whatIf: { changes: whatIf.changes, note: whatIf.note, before } };
}

function planSheets(analysis: Analysis, model: Model, sheets: readonly OutputSheet[]): SheetPlan {
  const specs: SheetSpec[] = [];
  if (sheets.includes("results")) specs.push(planResultsSheet(analysis, model));
  if (sheets.includes("rateCard")) {
    const card = planRateCardSheet(analysis, model);
    // Asked for on its own (the add-in's "Generate rate card"), the rate card is shown at once.
    specs.push(sheets.includes("results") ? card : { ...card, activate: true });
  }
  return { sheets: specs };
}

/** The analysis of a workbook that could not be read: no figures, every problem. */
export function failedAnalysis(parse: Pick<ParseResult, "errors" | "warnings">): Analysis {
  return {
    clients: [],
    segments: [],
    totals: summarizeSegments([]).totals,
    equivalence: { homeClientsPerSmallBusiness: null, homeClientsToMatchSmallBusinessBook: null },
    travel: { bands: [], referenceVisitHours: 0, sensitivity: [], breakEvenMinutes: { policy: null, noCharge: null } },
    capacity: { availableHours: 0, usedHours: 0, utilisation: 0 },
    renewal: null,
    timeLog: null,
    rateCard: null,
    warnings: [...parse.warnings],
    errors: [...parse.errors],
  };
}

// ---- The verbs ------------------------------------------------------------------------------

/** What a front door hands the flow: the input tables as grids, and what its shell read of our sheets. */
export interface WorkbookInput {
  grids: readonly Grid[];
  /** Whether a sheet of that name is absent, ours or the user's (outputs/ownership.ts); absent: none of ours is there. */
  sheetState?: (sheetName: string) => SheetState;
}

/**
 * A failed flow: nothing may be written. `problems` are the errors (each at its cell where it has
 * one); `analysis` is the report of the failure (the JSON report holds it: no figures, every problem).
 */
export interface FlowFailure {
  ok: false;
  problems: Problem[];
  warnings: Problem[];
  analysis: Analysis;
  /**
   * inputErrors: the workbook's tables have errors; foreignSheet: a planned sheet's name is taken
   * by a sheet of the user's (`sheet`); unknownName: the client or tier asked for is not in the
   * workbook (`unknown`, with the names there are).
   */
  reason: "inputErrors" | "foreignSheet" | "unknownName" | "noLetter";
  sheet?: string;
  unknown?: { what: "client" | "tier"; name: string; known: string[] };
  /** noLetter: the client is billed by the hour (a proposal instead), or the Annual increase is 0 (§5d). */
  noLetter?: { why: "hourly" | "noIncrease"; client: string };
}

export type FlowOutcome<T> = ({ ok: true } & T) | FlowFailure;

/** What every successful verb returns: the figures, and the plan that writes them. */
export interface Planned {
  /** The workbook's model as read (a what-if's levers are not applied to it). */
  model: Model;
  /** Where each editable input lives (the what-if's Apply to workbook). */
  cells: ModelCells;
  analysis: Analysis;
  /** The key-figure catalogue's values (report/keyFigures.ts). */
  figures: KeyFigures;
  /** Carry it out with a shell's applyPlan; its sheets' ownership is already checked. */
  plan: SheetPlan;
  /** The sheet the plan shows when written (the one asked for). */
  sheet: string;
}

export interface AnalyzeVerbOptions {
  /** Plan the Rate Card beside Pricing Results (the command line's result); Pricing Results is shown. */
  rateCard?: boolean;
  analyze?: AnalyzeOptions;
  /** How the workbook is read (`--date-order`). */
  parse?: ParseOptions;
}

/** Pricing Results (and the Rate Card with `rateCard`), Pricing Results shown. */
export function analyze(workbook: WorkbookInput, options: AnalyzeVerbOptions = {}): FlowOutcome<Planned> {
  return planned(workbook, runFlow(workbook.grids, { analyze: options.analyze, parse: options.parse, sheets: options.rateCard ? ["results", "rateCard"] : ["results"] }));
}

/**
 * analyze with levers applied (PRICING.md §7 `--set` / `--mix`): `step` makes the what-if from
 * the model once it is read (whatIf/whatIfStep.ts; it may throw, e.g. on an unknown tier name).
 * The sheets carry the what-if's note; the analysis (the JSON report) is the what-if's figures.
 */
export function whatIf(
  workbook: WorkbookInput, step: (model: Model) => WhatIfStep, options: AnalyzeVerbOptions = {},
): FlowOutcome<Planned & { changes: LeverChange[]; note: Problem; before: Analysis }> {
  const flow = runFlow(workbook.grids, { analyze: options.analyze, parse: options.parse, sheets: options.rateCard ? ["results", "rateCard"] : ["results"], whatIf: step });
  const outcome = planned(workbook, flow);
  if (!outcome.ok) return outcome;
  // A flow run with a what-if step that read the model always carries its changes and note.
  const { changes, note, before } = flow.whatIf!;
  return { ...outcome, changes, note, before };
}

/** The Rate Card alone, shown: the consultant asked for it. */
export function rateCard(workbook: WorkbookInput): FlowOutcome<Planned> {
  const outcome = planned(workbook, runFlow(workbook.grids, { sheets: ["rateCard"] }));
  // Shown even if the user had hidden it: the consultant asked to see it.
  return outcome.ok ? { ...outcome, plan: { sheets: outcome.plan.sheets.map((sheet) => ({ ...sheet, activate: true, reveal: true })) } } : outcome;
}

export interface ProposalVerbOptions {
  /** Plan Pricing Results and the Rate Card too (the command line's result workbook). */
  withReport?: boolean;
  /** How the workbook is read (`--date-order`). */
  parse?: ParseOptions;
}

/**
 * One client's Proposal (PRICING.md §5b), shown, on the client's own sheet (`Proposal – CLIENT`,
 * outputs/proposalSheetName.ts: never a sheet of the user's). `tier`: the tier offered (null =
 * stay on pay as you go); `option`: its figures for this client (undefined for pay as you go).
 */
export function proposal(
  workbook: WorkbookInput, choice: ProposalChoice, options: ProposalVerbOptions = {},
): FlowOutcome<Planned & { client: ClientResult; tier: Tier | null; option: TierOption | undefined; warning: string | null }> {
  const flow = runFlow(workbook.grids, { parse: options.parse, sheets: options.withReport ? ["results", "rateCard"] : [] });
  const base = priced(flow);
  if (!base.ok) return base;
  const { analysis, model } = base;
  const resolved = resolveProposal(analysis, model, choice);
  if (!resolved.ok) {
    const known = resolved.unknown === "client" ? analysis.clients.map((c) => c.client) : [...model.tiers.map((t) => t.name), HOURLY];
    const problem = { message: `Unknown ${resolved.unknown} "${resolved.name}".` };
    return { ...failure(base.analysis, [problem], "unknownName"), unknown: { what: resolved.unknown, name: resolved.name, known } };
  }
  const isForeign = (name: string) => workbook.sheetState?.(name) === "foreign";
  const sheet = proposalSheetName(resolved.result.client, analysis.clients.map((c) => c.client), isForeign);
  // The proposal is the sheet shown; the report's sheets, when planned with it, stay in the background.
  const report = (flow.plan?.sheets ?? []).map((spec) => ({ ...spec, activate: false }));
  const plan: SheetPlan = { sheets: [...report, { ...planProposalSheet(resolved, model, sheet), activate: true, reveal: true }] };
  const refused = refusal(workbook, plan, analysis);
  if (refused) return refused;
  const option = resolved.tier ? resolved.result.tierOptions.find((o) => o.tier === resolved.tier!.name) : undefined;
  // A tier the client would not be pitched (beaten by another, or not for its segment) is made as asked, and said (§5b).
  const warning = proposalWarning(resolved.result, resolved.tier, model);
  return { ...base, ok: true, plan, sheet, client: resolved.result, tier: resolved.tier, option, warning };
}

/**
 * One client's price-change letter (PRICING.md §5d), shown, on the client's own sheet
 * (`Letter – CLIENT`). Refused for a client billed by the hour or with an Annual increase of 0
 * (`noLetter`, with the sentence why); `warning`: for the consultant, when the client's tier is one
 * it would not be pitched (§5b).
 */
export interface LetterVerbOptions extends ProposalVerbOptions {
  /** Today, YYYY-MM-DD (the core keeps no clock): a Renewal date before it is moved to its next anniversary, with a warning. */
  today?: string;
}

export function letter(
  workbook: WorkbookInput, clientName: string, options: LetterVerbOptions = {},
): FlowOutcome<Planned & { letter: Extract<ResolvedLetter, { ok: true }>; warning: string | null }> {
  const flow = runFlow(workbook.grids, { parse: options.parse, sheets: options.withReport ? ["results", "rateCard"] : [] });
  const base = priced(flow);
  if (!base.ok) return base;
  const { analysis, model } = base;
  const resolved = resolveLetter(analysis, model, clientName);
  if (!resolved.ok) {
    if (resolved.why === "unknown") {
      const problem = { message: `Unknown client "${resolved.name}".` };
      return { ...failure(analysis, [problem], "unknownName"), unknown: { what: "client", name: resolved.name, known: analysis.clients.map((c) => c.client) } };
    }
    const problem = { message: noLetterReason(resolved.why, resolved.name) };
    return { ...failure(analysis, [problem], "noLetter"), noLetter: { why: resolved.why, client: resolved.name } };
  }
  // A letter never announces a price from a day already gone: the next anniversary instead, said to the consultant.
  const dated = options.today ? nextRenewal(resolved, options.today) : { letter: resolved, warning: null };
  const isForeign = (name: string) => workbook.sheetState?.(name) === "foreign";
  const sheet = letterSheetName(resolved.result.client, analysis.clients.map((c) => c.client), isForeign);
  const report = (flow.plan?.sheets ?? []).map((spec) => ({ ...spec, activate: false }));
  const plan: SheetPlan = { sheets: [...report, { ...planLetterSheet(dated.letter, model, sheet), activate: true, reveal: true }] };
  const refused = refusal(workbook, plan, analysis);
  if (refused) return refused;
  const warning = [dated.warning, letterTierWarning(resolved)].filter((w) => w !== null).join(" ") || null;
  return { ...base, ok: true, plan, sheet, letter: dated.letter, warning };
}

/** The client's Renewal date moved on by whole years to the first not before `today` (YYYY-MM-DD), and why. */
function nextRenewal(letter: Extract<ResolvedLetter, { ok: true }>, today: string): { letter: Extract<ResolvedLetter, { ok: true }>; warning: string | null } {
  const date = letter.client.renewalDate;
  if (!date || date >= today) return { letter, warning: null };
  let year = Number(date.slice(0, 4));
  let next = date;
  while (next < today) next = `${++year}${date.slice(4)}`.replace(/-02-29$/, "-02-28");
  const warning = `${letter.result.client}'s Renewal date, ${date}, has passed: the letter announces the new price from its next anniversary, ${next} — correct the Renewal date in the Clients table if that is not the date.`;
  return { letter: { ...letter, client: { ...letter.client, renewalDate: next } }, warning };
}

/** The flow's figures, or why there are none. */
function priced(flow: FlowResult): FlowOutcome<Omit<Planned, "plan" | "sheet">> {
  const { parse, analysis } = flow;
  if (parse.model === null || analysis.errors.length > 0) return failure(analysis, analysis.errors, "inputErrors");
  return { ok: true, model: parse.model, cells: parse.cells, analysis, figures: keyFigures(analysis) };
}

/** A flow's outcome for the sheets it planned: refused when one of them is the user's. */
function planned(workbook: WorkbookInput, flow: FlowResult): FlowOutcome<Planned> {
  const base = priced(flow);
  if (!base.ok) return base;
  const plan = flow.plan!;
  const refused = refusal(workbook, plan, base.analysis);
  if (refused) return refused;
  return { ...base, plan, sheet: (plan.sheets.find((s) => s.activate) ?? plan.sheets[0]!).name };
}

function refusal(workbook: WorkbookInput, plan: SheetPlan, analysis: Analysis): FlowFailure | null {
  const sheet = workbook.sheetState ? foreignSheet(plan, workbook.sheetState) : null;
  if (sheet === null) return null;
  const problem = { cell: `'${sheet}'!A1`, message: new ForeignSheetError(sheet).message };
  return { ...failure({ ...analysis, errors: [...analysis.errors, problem] }, [problem], "foreignSheet"), sheet };
}

function failure(analysis: Analysis, problems: Problem[], reason: FlowFailure["reason"]): FlowFailure {
  return { ok: false, problems, warnings: analysis.warnings, analysis, reason };
}
