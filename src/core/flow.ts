/**
 * The one flow every front door runs (DESIGN.md): grids → parse → analyze → plan.
 * Parse warnings come first in the analysis, then the pricing's own. On any parse error nothing
 * is priced and nothing is planned: the analysis carries the errors and empty results.
 */
import type { Grid } from "./workbook/grid";
import type { Model, ParseResult, Problem } from "./workbook/model";
import type { Analysis } from "./pricing/results";
import type { SheetPlan, SheetSpec } from "./report/sheetPlan";
import { parseModel } from "./workbook/parseModel";
import { analyze, type AnalyzeOptions } from "./pricing/analyze";
import { summarizeSegments } from "./pricing/segments";
import { planResultsSheet } from "./report/sheets/planResults";
import { planRateCardSheet } from "./report/sheets/planRateCard";
import type { LeverChange } from "./whatIf/levers";
import type { WhatIfInputs } from "./whatIf/whatIf";
import { overflowErrors } from "./report/overflowGuard";

export type OutputSheet = "results" | "rateCard";

export interface FlowOptions {
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
  /** With `whatIf`: the levers that differ from the workbook, and the note saying so. */
  whatIf?: { changes: LeverChange[]; note: Problem };
}

export function runFlow(grids: Grid[], options: FlowOptions = {}): FlowResult {
  const parse = parseModel(grids);
  if (parse.errors.length > 0 || parse.model === null) {
    return { parse, analysis: failedAnalysis(parse), plan: null };
  }
  const whatIf = options.whatIf ? options.whatIf(parse.model) : null;
  const model = whatIf?.model ?? parse.model;
  const priced = analyze(model, whatIf ? { ...options.analyze, mix: whatIf.mix } : options.analyze);
  const analysis: Analysis = {
    ...priced,
    warnings: [...parse.warnings, ...priced.warnings],
    errors: [...priced.errors],
  };
  // The last guard before anything is planned: a figure that is not finite cannot be written.
  const overflow = overflowErrors(analysis, grids);
  if (overflow.length > 0) {
    return { parse, analysis: failedAnalysis({ errors: overflow, warnings: analysis.warnings }), plan: null };
  }
  const sheets = options.sheets ?? ["results", "rateCard"];
  if (whatIf === null) return { parse, analysis, plan: planSheets(analysis, model, sheets) };
  // The note goes on the sheets only: the JSON report stays exactly the analysis.
  const noted = { ...analysis, warnings: [whatIf.note, ...analysis.warnings] };
  return { parse, analysis, plan: planSheets(noted, model, sheets), whatIf: { changes: whatIf.changes, note: whatIf.note } };
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
