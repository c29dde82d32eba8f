/**
 * The flow's what-if step (issue 5) from levers: the model with them applied and the note the
 * results sheet carries. A module of its own, so that only a what-if run loads it (issue 14).
 */
import type { WhatIfStep } from "../flow";
import type { Levers } from "./levers";
import type { Model } from "../workbook/model";
import { whatIfInputs } from "./whatIf";
import { whatIfNote } from "./whatIfNote";

/** `levers` is called once the model is read, and may throw (e.g. on an unknown tier name). */
export function whatIfStep(levers: (model: Model) => Levers): (model: Model) => WhatIfStep {
  return (model) => {
    const inputs = whatIfInputs(model, levers(model));
    return { ...inputs, note: whatIfNote(inputs.changes, model.settings.currency, model.travelZones.length > 0) };
  };
}
