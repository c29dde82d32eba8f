/** The What-if slice's reducer (core/whatIf/whatIfState.ts), in plain jest: no React, no Excel. */
import { analyzeWhatIf } from "../../../src/core/whatIf/whatIf";
import { allAllowed, initialWhatIfState, leverInputs, leversIn, whatIfReducer, type WhatIfAction, type WhatIfState } from "../../../src/core/whatIf/whatIfState";
import { parsed } from "./helpers";

const { model } = parsed();

function run(...actions: WhatIfAction[]): WhatIfState {
  return actions.reduce(whatIfReducer, initialWhatIfState(model));
}

const input = (state: WhatIfState, label: string) => leverInputs(state).find((i) => i.label === label)!;

describe("whatIfReducer", () => {
  it("starts every lever at the workbook's value: the what-if is the workbook", () => {
    const state = run();
    expect(input(state, "Hourly rate")).toMatchObject({ text: "125", base: 125, problem: null, group: "main" });
    expect(input(state, "Trip charge up to 60")).toMatchObject({ text: "95", base: 95 });
    expect(analyzeWhatIf(model, leversIn(state)).changes).toEqual([]);
  });

  it("prices what is typed: a new hourly rate and a zone's charge are the what-if's changes", () => {
    const state = run(
      { type: "typed", key: "setting:hourlyRate", text: "150" },
      { type: "typed", key: "zone:25", text: "75" },
    );
    expect(analyzeWhatIf(model, leversIn(state)).changes.map((c) => [c.label, c.from, c.to])).toEqual([
      ["Hourly rate", 125, 150],
      ["Trip charge up to 25", 45, 75],
    ]);
  });

  it("keeps a text that is not allowed, with what to enter, and prices the last allowed value", () => {
    const state = run(
      { type: "typed", key: "setting:hourlyRate", text: "140" },
      { type: "typed", key: "setting:hourlyRate", text: "-5" },
    );
    expect(input(state, "Hourly rate")).toMatchObject({ text: "-5", problem: "Enter above 0." });
    expect(leversIn(state).settings.hourlyRate).toBe(140);
    expect(allAllowed(leverInputs(state))).toBe(false);
  });

  it("Reset puts every lever back to the workbook's value and clears Save's and Apply's messages", () => {
    const state = run(
      { type: "typed", key: "mix:Home", text: "100" },
      { type: "saveStarted" },
      { type: "saveEnded", save: { status: "saved", name: "More homes", sheet: "Scenarios", updated: false } },
      { type: "reset" },
    );
    expect(input(state, "Home clients").text).toBe("12");
    expect(state.save).toEqual({ status: "idle" });
  });

  it("typing again clears a finished Save's message, but not one still running", () => {
    const saved = run({ type: "saveEnded", save: { status: "saved", name: "A", sheet: "Scenarios", updated: false } });
    expect(whatIfReducer(saved, { type: "typed", key: "setting:hourlyRate", text: "130" }).save).toEqual({ status: "idle" });
    const saving = run({ type: "saveStarted" });
    expect(whatIfReducer(saving, { type: "typed", key: "setting:hourlyRate", text: "130" }).save).toEqual({ status: "saving" });
  });

  it("after Apply, the written values are the workbook's: no lever differs any more", () => {
    const typed = run({ type: "typed", key: "zone:40", text: "80" }, { type: "applyStarted" });
    const written = analyzeWhatIf(model, leversIn(typed)).changes;
    const state = whatIfReducer(typed, { type: "applyEnded", apply: { status: "applied", cells: ["'Travel Zones'!B3"] }, written });
    expect(state.base.travelZones[1]).toEqual({ upTo: 40, tripCharge: 80 });
    expect(input(state, "Trip charge up to 40")).toMatchObject({ text: "80", base: 80 });
    expect(analyzeWhatIf(state.base, leversIn(state)).changes).toEqual([]);
    // A refused write changes nothing.
    const blocked = whatIfReducer(typed, { type: "applyEnded", apply: { status: "blocked", message: "changed" } });
    expect(blocked.base).toBe(model);
  });

  it("a new analysis starts again from its model", () => {
    const other = { ...model, settings: { ...model.settings, hourlyRate: 99 } };
    const state = whatIfReducer(run({ type: "typed", key: "setting:hourlyRate", text: "150" }), { type: "loaded", model: other });
    expect(input(state, "Hourly rate")).toMatchObject({ text: "99", base: 99 });
  });
});
