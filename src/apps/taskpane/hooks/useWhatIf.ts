/**
 * The What-if section's state (issue 5). Every lever starts at the workbook's value; each edit
 * recomputes the whole analysis from the model the last Analyze loaded, in the pane, with no
 * Excel round trip (a 5,000-client model takes a few milliseconds: see `npm run bench`). The
 * recompute is deferred so typing stays responsive on bigger models.
 *
 * A value that is not allowed (blank, out of PRICING.md's bounds) is shown with its message and
 * the figures keep the last allowed value; Save and Apply wait until every value is allowed.
 * After Apply, the written values become the workbook's values here too (the workbook now
 * holds them), so the comparison and the Scenarios sheet's "Workbook settings" row stay true.
 */
import { useCallback, useDeferredValue, useMemo, useRef, useState } from "react";
import type { Model, ModelCells } from "../../../core/workbook/model";
import { analyze } from "../../../core/pricing/analyze";
import { kpis as kpisOf, type Kpis } from "../../../core/pricing/kpis";
import {
  SETTING_LEVERS,
  TIER_LEVERS,
  applyLevers,
  compareKpis,
  describeBounds,
  isValidLeverValue,
  leverKey,
  leverLabel,
  leversFromChanges,
  leversOf,
  type KpiComparison,
  type LeverChange,
  type LeverRef,
  type Levers,
} from "../../../core/whatIf/levers";
import { analyzeWhatIf, type WhatIf } from "../../../core/whatIf/whatIf";
import { planLeverWrites, type LeverWritePlan } from "../../../core/report/sheets/planLeverWrites";
import { scenarioNameProblem } from "../../../core/whatIf/scenarios";
import type { PricingService } from "../service";
import { leverText, leverTextValue } from "../whatIfFormat";

export interface LeverInput {
  lever: LeverRef;
  key: string;
  /** Accessible name: "Hourly rate", "Business monthly fee", "Home clients". */
  label: string;
  /** What the input shows. */
  text: string;
  /** The workbook's value. */
  base: number;
  /** Why the text is not allowed, or null. */
  problem: string | null;
}

export type SaveState =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved"; name: string; sheet: string; updated: boolean }
  | { status: "refused"; sheet: string }
  | { status: "failed"; message: string };

export type ApplyState =
  | { status: "idle" }
  | { status: "applying" }
  | { status: "applied"; cells: string[] }
  | { status: "blocked"; message: string }
  | { status: "failed"; message: string };

export interface WhatIfPane {
  inputs: LeverInput[];
  setText(key: string, text: string): void;
  /** Every lever back to the workbook's value. */
  reset(): void;
  /** Every input holds an allowed value. */
  valid: boolean;
  /** The what-if priced (from the last allowed values). */
  whatIf: WhatIf;
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

interface Base {
  model: Model;
  kpis: Kpis;
}

function baseOf(model: Model): Base {
  return { model, kpis: kpisOf(analyze(model)) };
}

/** Every lever of the model, in the pane's order: settings, each tier's fee and hours, each segment. */
function leverRefs(model: Model): LeverRef[] {
  return [
    ...SETTING_LEVERS.map((key): LeverRef => ({ kind: "setting", key })),
    ...model.tiers.flatMap((t) => TIER_LEVERS.map((field): LeverRef => ({ kind: "tier", tier: t.name, field }))),
    ...Object.keys(leversOf(model).mix).map((segment): LeverRef => ({ kind: "mix", segment })),
  ];
}

function valueIn(levers: Required<Levers>, lever: LeverRef): number {
  switch (lever.kind) {
    case "setting":
      return levers.settings[lever.key]!;
    case "tier":
      return levers.tiers[lever.tier]![lever.field]!;
    case "mix":
      return levers.mix[lever.segment]!;
  }
}

/** The input's text as a lever value, or why it cannot be one. */
function readInput(lever: LeverRef, text: string): { value: number } | { problem: string } {
  const value = leverTextValue(lever, text);
  return isValidLeverValue(lever, value) ? { value } : { problem: `Enter ${describeBounds(lever)}.` };
}

/** Each lever's value in `levers`, by lever key. */
function leverValues(refs: readonly LeverRef[], levers: Required<Levers>): Record<string, number> {
  return Object.fromEntries(refs.map((r) => [leverKey(r), valueIn(levers, r)]));
}

function initialTexts(refs: readonly LeverRef[], levers: Required<Levers>): Record<string, string> {
  return Object.fromEntries(refs.map((r) => [leverKey(r), leverText(r, valueIn(levers, r))]));
}

export function useWhatIf(
  model: Model,
  cells: ModelCells,
  currency: string,
  service: PricingService,
  /** Called once Apply to workbook has written: the analysis on show is now out of date. */
  onApplied?: () => void,
): WhatIfPane {
  const [base, setBase] = useState<Base>(() => baseOf(model));
  const refs = useMemo(() => leverRefs(model), [model]);
  const start = useMemo(() => leversOf(model), [model]);
  const [texts, setTexts] = useState<Record<string, string>>(() => initialTexts(refs, start));
  const [values, setValues] = useState<Record<string, number>>(() => leverValues(refs, start));
  const [save, setSave] = useState<SaveState>({ status: "idle" });
  const [apply, setApply] = useState<ApplyState>({ status: "idle" });

  // A new analysis (new model): start again from its values.
  const seen = useRef(model);
  if (seen.current !== model) {
    seen.current = model;
    const fresh = leversOf(model);
    const freshRefs = leverRefs(model);
    setBase(baseOf(model));
    setTexts(initialTexts(freshRefs, fresh));
    setValues(leverValues(freshRefs, fresh));
    setSave({ status: "idle" });
    setApply({ status: "idle" });
  }

  const baseLevers = useMemo(() => leversOf(base.model), [base.model]);

  const levers = useMemo((): Required<Levers> => {
    const out: Required<Levers> = { settings: {}, tiers: {}, mix: {} };
    for (const lever of refs) {
      const value = values[leverKey(lever)] ?? valueIn(baseLevers, lever);
      if (lever.kind === "setting") out.settings[lever.key] = value;
      else if (lever.kind === "tier") (out.tiers[lever.tier] ??= {})[lever.field] = value;
      else out.mix[lever.segment] = value;
    }
    return out;
  }, [refs, values, baseLevers]);

  const deferred = useDeferredValue(levers);
  const whatIf = useMemo(() => analyzeWhatIf(base.model, deferred), [base.model, deferred]);
  const comparison = useMemo(() => compareKpis(base.kpis, whatIf.kpis), [base.kpis, whatIf.kpis]);
  const writePlan = useMemo(() => planLeverWrites(levers, base.model, cells), [levers, base.model, cells]);

  const inputs = useMemo(
    () =>
      refs.map((lever): LeverInput => {
        const key = leverKey(lever);
        const text = texts[key] ?? "";
        const read = readInput(lever, text);
        return { lever, key, label: leverLabel(lever), text, base: valueIn(baseLevers, lever), problem: "problem" in read ? read.problem : null };
      }),
    [refs, texts, baseLevers],
  );
  const valid = inputs.every((i) => i.problem === null);

  const setText = useCallback(
    (key: string, text: string) => {
      setTexts((t) => ({ ...t, [key]: text }));
      const lever = refs.find((r) => leverKey(r) === key);
      if (!lever) return;
      const read = readInput(lever, text);
      if ("value" in read) setValues((v) => ({ ...v, [key]: read.value }));
      setSave((s) => (s.status === "saving" ? s : { status: "idle" }));
      setApply((a) => (a.status === "applying" ? a : { status: "idle" }));
    },
    [refs],
  );

  const reset = useCallback(() => {
    setTexts(initialTexts(refs, baseLevers));
    setValues(leverValues(refs, baseLevers));
    setSave({ status: "idle" });
    setApply({ status: "idle" });
  }, [refs, baseLevers]);

  const onAppliedRef = useRef(onApplied);
  onAppliedRef.current = onApplied;

  // Read inside async actions, which must use the values on screen when the button was pressed.
  const latest = useRef({ levers, base, writePlan });
  latest.current = { levers, base, writePlan };

  const saveScenario = useCallback(
    async (name: string) => {
      if (!service.saveScenario || scenarioNameProblem(name) !== null) return;
      const { levers: now, base: b } = latest.current;
      const priced = analyzeWhatIf(b.model, now);
      setSave({ status: "saving" });
      try {
        const outcome = await service.saveScenario({ name: name.trim(), changes: priced.changes, kpis: priced.kpis }, b.kpis, currency);
        setSave(
          outcome.kind === "saved"
            ? { status: "saved", name: name.trim(), sheet: outcome.sheet, updated: outcome.updated }
            : { status: "refused", sheet: outcome.sheet },
        );
      } catch (error) {
        setSave({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      }
    },
    [service, currency],
  );

  const applyToWorkbook = useCallback(async () => {
    if (!service.applyLevers) return;
    const { writePlan: plan, base: b } = latest.current;
    if (plan.writes.length === 0) return;
    setApply({ status: "applying" });
    try {
      const outcome = await service.applyLevers(plan.writes);
      if (outcome.kind === "blocked") {
        setApply({ status: "blocked", message: outcome.message });
        return;
      }
      // The workbook now holds these values: they are its values from here on.
      setBase(baseOf(applyLevers(b.model, leversFromChanges(plan.writes.map((w) => w.change)))));
      setApply({ status: "applied", cells: outcome.cells });
      onAppliedRef.current?.();
    } catch (error) {
      setApply({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }, [service]);

  return {
    inputs,
    setText,
    reset,
    valid,
    whatIf,
    comparison,
    changes: whatIf.changes,
    writePlan,
    baseModel: base.model,
    save,
    saveScenario: service.saveScenario ? saveScenario : null,
    apply,
    applyToWorkbook: service.applyLevers ? applyToWorkbook : null,
  };
}
