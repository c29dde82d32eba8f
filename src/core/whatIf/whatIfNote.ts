/**
 * The note a what-if analysis carries on its results sheet (CLI `--set`/`--mix`), so that a
 * reader of the result workbook knows its figures are not those of its Settings and Tiers tables.
 */
import type { LeverChange } from "./levers";
import type { Problem } from "../workbook/model";
import { describeChanges } from "../report/sheets/planScenarios";

export function whatIfNote(changes: readonly LeverChange[], currency: string, hasTravelZones = false): Problem {
  // With travel zones the Trip charge setting is not used (PRICING.md §1): say so rather than imply it moved the figures.
  const tripChargeIdle = hasTravelZones && changes.some((c) => c.lever.kind === "setting" && c.lever.key === "tripCharge")
    ? " Trip charge changes nothing here: the Travel zones table sets the trip charges."
    : "";
  return {
    message: changes.length === 0
      ? "What-if: the levers given match the workbook's own values, so these are the workbook's figures."
      : `What-if: ${describeChanges(changes, currency)}. These figures use those values, not the workbook's; its input tables are unchanged.${tripChargeIdle}`,
  };
}
