/**
 * The What-if section's state as a pure reducer (the slice's model, apart from its effects —
 * pricing and Excel — which the pane's hook runs): the text in each lever's input, the last
 * allowed value of each lever, the model the figures compare with, and where Save and Apply are.
 *
 * Every lever starts at the workbook's value. A text that is not allowed (blank, out of
 * PRICING.md's bounds) is kept, with its message, and the lever keeps its last allowed value;
 * Save and Apply wait until every text is allowed. After Apply, the written values are the
 * workbook's values (the workbook now holds them), so comparisons stay true.
 */
import type { Model } from "../workbook/model";
import {
  applyLevers,
  describeBounds,
  isValidLeverValue,
  leverCatalogue,
  leverUnit,
  leverValue,
  leversFromChanges,
  leversOf,
  setLever,
  type LeverChange,
  type LeverEntry,
  type LeverRef,
  type Levers,
} from "./levers";

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

export interface WhatIfState {
  /** The model the figures compare with: the workbook's, with what Apply wrote. */
  base: Model;
  /** Every lever of the model, in the pane's order. */
  catalogue: LeverEntry[];
  /** What each input shows, by lever key. */
  texts: Record<string, string>;
  /** Each lever's last allowed value, by lever key. */
  values: Record<string, number>;
  save: SaveState;
  apply: ApplyState;
}

export type WhatIfAction =
  /** A new analysis: start again from its model. */
  | { type: "loaded"; model: Model }
  | { type: "typed"; key: string; text: string }
  /** Every lever back to the workbook's value. */
  | { type: "reset" }
  | { type: "saveStarted" }
  | { type: "saveEnded"; save: Exclude<SaveState, { status: "idle" | "saving" }> }
  | { type: "applyStarted" }
  /** `written`: the changes now in the workbook (they become its values here too). */
  | { type: "applyEnded"; apply: Exclude<ApplyState, { status: "idle" | "applying" }>; written?: readonly Pick<LeverChange, "lever" | "to">[] };

export interface LeverInput extends LeverEntry {
  /** What the input shows. */
  text: string;
  /** The workbook's value. */
  base: number;
  /** Why the text is not allowed, or null. */
  problem: string | null;
}

/** The input's text as a lever value, or why it cannot be one. */
export function readLeverText(lever: LeverRef, text: string): { value: number } | { problem: string } {
  const value = leverTextValue(lever, text);
  return isValidLeverValue(lever, value) ? { value } : { problem: `Enter ${describeBounds(lever)}.` };
}

function valuesOf(catalogue: readonly LeverEntry[], model: Model): Record<string, number> {
  const levers = leversOf(model);
  return Object.fromEntries(catalogue.map((e) => [e.key, leverValue(levers, e.lever)!]));
}

function textsOf(catalogue: readonly LeverEntry[], values: Record<string, number>): Record<string, string> {
  return Object.fromEntries(catalogue.map((e) => [e.key, leverText(e.lever, values[e.key]!)]));
}

/** A lever value as its input shows it: a fraction lever as a percentage (0.04 → "4"). */
export function leverText(lever: LeverRef, value: number): string {
  return leverUnit(lever) === "percent" ? String(Number((value * 100).toPrecision(12))) : String(value);
}

/** An input's text as the lever's value (NaN when it is not a number): "4" → 0.04 for a fraction lever. */
export function leverTextValue(lever: LeverRef, text: string): number {
  const value = text.trim() === "" ? Number.NaN : Number(text);
  return leverUnit(lever) === "percent" ? value / 100 : value;
}

export function initialWhatIfState(model: Model): WhatIfState {
  const catalogue = leverCatalogue(model);
  const values = valuesOf(catalogue, model);
  return { base: model, catalogue, texts: textsOf(catalogue, values), values, save: { status: "idle" }, apply: { status: "idle" } };
}

export function whatIfReducer(state: WhatIfState, action: WhatIfAction): WhatIfState {
  switch (action.type) {
    case "loaded":
      return initialWhatIfState(action.model);
    case "typed": {
      const entry = state.catalogue.find((e) => e.key === action.key);
      if (entry === undefined) return state;
      const read = readLeverText(entry.lever, action.text);
      return {
        ...state,
        texts: { ...state.texts, [action.key]: action.text },
        values: "value" in read ? { ...state.values, [action.key]: read.value } : state.values,
        // A saved or applied message is about values no longer on screen.
        save: state.save.status === "saving" ? state.save : { status: "idle" },
        apply: state.apply.status === "applying" ? state.apply : { status: "idle" },
      };
    }
    case "reset": {
      const values = valuesOf(state.catalogue, state.base);
      return { ...state, texts: textsOf(state.catalogue, values), values, save: { status: "idle" }, apply: { status: "idle" } };
    }
    case "saveStarted":
      return { ...state, save: { status: "saving" } };
    case "saveEnded":
      return { ...state, save: action.save };
    case "applyStarted":
      return { ...state, apply: { status: "applying" } };
    case "applyEnded":
      return {
        ...state,
        apply: action.apply,
        base: action.written && action.written.length > 0 ? applyLevers(state.base, leversFromChanges(action.written)) : state.base,
      };
  }
}

/** Every lever's value (the last allowed one): what the figures are priced with. */
export function leversIn(state: Pick<WhatIfState, "catalogue" | "values">): Required<Levers> {
  const levers: Required<Levers> = { settings: {}, tiers: {}, zones: {}, mix: {} };
  for (const entry of state.catalogue) setLever(levers, entry.lever, state.values[entry.key]!);
  return levers;
}

/** Each lever's input: its text, the workbook's value and the text's problem, in the catalogue's order. */
export function leverInputs(state: Pick<WhatIfState, "catalogue" | "texts" | "base">): LeverInput[] {
  const base = leversOf(state.base);
  return state.catalogue.map((entry) => {
    const text = state.texts[entry.key] ?? "";
    const read = readLeverText(entry.lever, text);
    return { ...entry, text, base: leverValue(base, entry.lever)!, problem: "problem" in read ? read.problem : null };
  });
}

/** Every input holds an allowed value: Save and Apply may run. */
export function allAllowed(inputs: readonly LeverInput[]): boolean {
  return inputs.every((i) => i.problem === null);
}
