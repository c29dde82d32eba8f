/**
 * The note a what-if analysis carries on its results sheet (CLI `--set`/`--mix`), so that a
 * reader of the result workbook knows its figures are not those of its Settings and Tiers tables.
 */
import type { LeverChange } from "../pricing/levers";
import type { Problem } from "../workbook/model";
import { describeChanges } from "./planScenarios";

export function whatIfNote(changes: readonly LeverChange[], currency: string): Problem {
  return {
    message: changes.length === 0
      ? "What-if: the levers given match the workbook's own values, so these are the workbook's figures."
      : `What-if: ${describeChanges(changes, currency)}. These figures use those values, not the workbook's; its input tables are unchanged.`,
  };
}
