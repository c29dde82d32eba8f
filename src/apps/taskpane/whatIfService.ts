/**
 * What the What-if section asks of the workbook (issue 5): save a scenario to the Scenarios
 * sheet, and write lever values into the Settings and Tiers tables. PricingService carries
 * both as optional methods; a service without them hides those two buttons. Recomputing never
 * needs the service: it runs on the model the analysis loaded.
 */
import type { Kpis } from "../../core/pricing/kpis";
import type { CellWrite } from "../../core/report/sheets/planLeverWrites";
import type { SavedScenario } from "../../core/whatIf/scenarios";

export type SaveScenarioOutcome =
  | { kind: "saved"; sheet: string; /** A scenario of that name was there and was updated. */ updated: boolean }
  /** A "Scenarios" sheet the add-in did not make: nothing was written. */
  | { kind: "refused"; reason: "foreignSheet"; sheet: string };

export type ApplyLeversOutcome =
  | { kind: "applied"; cells: string[] }
  /** A target cell changed since the analysis, holds a formula, or is gone: nothing was written. */
  | { kind: "blocked"; message: string };

export interface WhatIfActions {
  /**
   * Adds the scenario as a row of the Scenarios sheet, or updates the row of the same name
   * (ignoring case), with the workbook's own figures as the first row.
   */
  saveScenario(scenario: SavedScenario, workbookKpis: Kpis, currency: string): Promise<SaveScenarioOutcome>;
  /** Writes each value into its cell, all or nothing: the one edit the add-in makes to input. */
  applyLevers(writes: CellWrite[]): Promise<ApplyLeversOutcome>;
}
