/**
 * The What-if section's effects over its pure reducer (core/whatIf/whatIfState.ts): pricing each
 * change in the pane, with no Excel round trip (a 5,000-client model takes a few milliseconds: see
 * `npm run bench`; the recompute is deferred so typing stays responsive on bigger models), and
 * the two actions that touch the workbook, Save scenario and Apply to workbook.
 */
import { useCallback, useDeferredValue, useMemo, useReducer, useRef } from "react";
import type { Model, ModelCells } from "../../../core/workbook/model";
import { analyze } from "../../../core/pricing/analyze";
import type { Analysis } from "../../../core/pricing/results";
import { kpis as kpisOf } from "../../../core/pricing/kpis";
import { compareKpis, type KpiComparison, type LeverChange } from "../../../core/whatIf/levers";
import { analyzeWhatIf, type WhatIf } from "../../../core/whatIf/whatIf";
import { planLeverWrites, type LeverWritePlan } from "../../../core/report/sheets/planLeverWrites";
import { scenarioNameProblem } from "../../../core/whatIf/scenarios";
import {
  allAllowed,
  initialWhatIfState,
  leverInputs,
  leversIn,
  whatIfReducer,
  type ApplyState,
  type LeverInput,
  type SaveState,
} from "../../../core/whatIf/whatIfState";
import type { PricingService } from "../service";

export type { ApplyState, LeverInput, SaveState };

export interface WhatIfPane {
  inputs: LeverInput[];
  setText(key: string, text: string): void;
  /** Every lever back to the workbook's value. */
  reset(): void;
  /** Every input holds an allowed value. */
  valid: boolean;
  /** The what-if priced (from the last allowed values). */
  whatIf: WhatIf;
  /** The workbook priced as it stands (with what Apply wrote): what the what-if is compared with. */
  baseAnalysis: Analysis;
  /** The workbook's figures beside the what-if's. */
  comparison: KpiComparison;
  /** The levers that differ from the workbook. */
  changes: LeverChange[];
  /** What Apply to workbook would write, and what it cannot. */
  writePlan: LeverWritePlan;
  /** The model the figures are compared with: the workbook's. */
  baseModel: Model;
  save: SaveState;
  /** null when the service cannot save scenarios. */
  saveScenario: ((name: string) => Promise<void>) | null;
  apply: ApplyState;
  /** null when the service cannot write to the workbook. */
  applyToWorkbook: (() => Promise<void>) | null;
}

export function useWhatIf(
  model: Model,
  cells: ModelCells,
  currency: string,
  service: PricingService,
  /** Called once Apply to workbook has written: the analysis on show is now out of date. */
  onApplied?: () => void,
): WhatIfPane {
  const [state, dispatch] = useReducer(whatIfReducer, model, initialWhatIfState);

  // A new analysis (new model): start again from its values.
  const seen = useRef(model);
  if (seen.current !== model) {
    seen.current = model;
    dispatch({ type: "loaded", model });
  }

  const { base, catalogue, values, texts } = state;
  const baseAnalysis = useMemo(() => analyze(base), [base]);
  const baseKpis = useMemo(() => kpisOf(baseAnalysis), [baseAnalysis]);
  const levers = useMemo(() => leversIn({ catalogue, values }), [catalogue, values]);
  const deferred = useDeferredValue(levers);
  const whatIf = useMemo(() => analyzeWhatIf(base, deferred), [base, deferred]);
  const comparison = useMemo(() => compareKpis(baseKpis, whatIf.kpis), [baseKpis, whatIf.kpis]);
  const writePlan = useMemo(() => planLeverWrites(levers, base, cells), [levers, base, cells]);
  const inputs = useMemo(() => leverInputs({ catalogue, texts, base }), [catalogue, texts, base]);

  const setText = useCallback((key: string, text: string) => dispatch({ type: "typed", key, text }), []);
  const reset = useCallback(() => dispatch({ type: "reset" }), []);

  const onAppliedRef = useRef(onApplied);
  onAppliedRef.current = onApplied;

  // Read inside async actions, which must use the values on screen when the button was pressed.
  const latest = useRef({ levers, base, baseKpis, writePlan });
  latest.current = { levers, base, baseKpis, writePlan };

  const saveScenario = useCallback(
    async (name: string) => {
      if (!service.saveScenario || scenarioNameProblem(name) !== null) return;
      const { levers: now, base: b, baseKpis: k } = latest.current;
      const priced = analyzeWhatIf(b, now);
      dispatch({ type: "saveStarted" });
      try {
        const outcome = await service.saveScenario({ name: name.trim(), changes: priced.changes, kpis: priced.kpis }, k, currency);
        dispatch({
          type: "saveEnded",
          save: outcome.kind === "saved"
            ? { status: "saved", name: name.trim(), sheet: outcome.sheet, updated: outcome.updated }
            : { status: "refused", sheet: outcome.sheet },
        });
      } catch (error) {
        dispatch({ type: "saveEnded", save: { status: "failed", message: error instanceof Error ? error.message : String(error) } });
      }
    },
    [service, currency],
  );

  const applyToWorkbook = useCallback(async () => {
    if (!service.applyLevers) return;
    const { writePlan: plan } = latest.current;
    if (plan.writes.length === 0) return;
    dispatch({ type: "applyStarted" });
    try {
      const outcome = await service.applyLevers(plan.writes);
      if (outcome.kind === "blocked") {
        dispatch({ type: "applyEnded", apply: { status: "blocked", message: outcome.message } });
        return;
      }
      dispatch({ type: "applyEnded", apply: { status: "applied", cells: outcome.cells }, written: plan.writes.map((w) => w.change) });
      onAppliedRef.current?.();
    } catch (error) {
      dispatch({ type: "applyEnded", apply: { status: "failed", message: error instanceof Error ? error.message : String(error) } });
    }
  }, [service]);

  return {
    inputs,
    setText,
    reset,
    valid: allAllowed(inputs),
    whatIf,
    baseAnalysis,
    comparison,
    changes: whatIf.changes,
    writePlan,
    baseModel: base,
    save: state.save,
    saveScenario: service.saveScenario ? saveScenario : null,
    apply: state.apply,
    applyToWorkbook: service.applyLevers ? applyToWorkbook : null,
  };
}
