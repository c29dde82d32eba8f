/**
 * A what-if's headline figures beside the workbook's: for each KPI both values and the
 * difference (what-if − workbook), null when either side has no value (e.g. no revenue).
 * The pane writes an annual money difference as "+$4,200 / yr".
 */
import type { Kpis } from "../pricing/kpis";

export interface KpiDelta {
  base: number | null;
  whatIf: number | null;
  /** whatIf − base; null when either is null. */
  difference: number | null;
}

export type KpiComparison = Record<keyof Kpis, KpiDelta>;

export function compareKpis(base: Kpis, whatIf: Kpis): KpiComparison {
  const comparison = {} as KpiComparison;
  for (const key of Object.keys(base) as (keyof Kpis)[]) {
    const a = base[key];
    const b = whatIf[key];
    comparison[key] = { base: a, whatIf: b, difference: a === null || b === null ? null : b - a };
  }
  return comparison;
}
