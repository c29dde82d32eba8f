/**
 * Pricing a what-if: the model with the levers' settings and tier prices, analysed with the
 * levers' client mix. Without a mix this is exactly what analysing a workbook holding those
 * values gives; the mix then weights the segment figures and totals (analyze's `mix` option).
 */
import type { Model } from "../workbook/model";
import { analyze } from "../pricing/analyze";
import { kpis, type Kpis } from "../pricing/kpis";
import { applyLevers, leversDiff, type LeverChange, type Levers } from "./levers";
import type { Analysis } from "../pricing/results";

export interface WhatIfInputs {
  /** The workbook's model with the levers' settings and tier prices. */
  model: Model;
  /** The analysis's `mix` option: only segments whose target differs; undefined when none do. */
  mix: Record<string, number> | undefined;
  /** The levers that differ from the workbook. */
  changes: LeverChange[];
}

export function whatIfInputs(base: Model, levers: Levers): WhatIfInputs {
  const changes = leversDiff(base, levers);
  return { model: applyLevers(base, levers), mix: mixOf(changes), changes };
}

/** The analysis's mix option from the changes: the segments whose target differs, else undefined. */
function mixOf(changes: readonly LeverChange[]): Record<string, number> | undefined {
  let mix: Record<string, number> | undefined;
  for (const { lever, to } of changes) if (lever.kind === "mix") (mix ??= {})[lever.segment] = to;
  return mix;
}

export interface WhatIf extends WhatIfInputs {
  analysis: Analysis;
  kpis: Kpis;
}

/** The what-if priced: what the task pane recomputes on every change, without Excel. */
export function analyzeWhatIf(base: Model, levers: Levers): WhatIf {
  const inputs = whatIfInputs(base, levers);
  const analysis = analyze(inputs.model, inputs.mix === undefined ? {} : { mix: inputs.mix });
  return { ...inputs, analysis, kpis: kpis(analysis) };
}
