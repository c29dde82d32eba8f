/**
 * The one door between the task pane and the workbook. Components and the useAnalysis hook talk
 * only to a PricingService; the real one (excelService.ts) runs the flow through the Office.js
 * shell, tests use a fake. Nothing here imports Office.js.
 */
import type { TableKey } from "../../core/workbook/grid";
import type { Model, ModelCells, Problem, TimeLogSummary } from "../../core/workbook/model";
import type { Analysis } from "../../core/pricing/results";
import type { Kpis } from "../../core/pricing/kpis";
import type { SheetState } from "../../core/report/outputs/ownership";
import type { WhatIfActions } from "./whatIfService";
import type { ProposalChoice } from "../../core/report/sheets/planProposal";

/** One of the six input tables, and where (if anywhere) it was found. */
export interface TableStatus {
  key: TableKey;
  /** Clients and Tiers are required; the other three may be absent. */
  required: boolean;
  /** null when neither an Excel table nor a sheet of that name exists. */
  found: {
    /** An Excel table (ListObject), or a plain sheet whose row 1 holds the headers. */
    source: "table" | "sheet";
    /** The Excel table's name, or the sheet's. */
    name: string;
    sheet: string;
    /** Data rows under the header (blank rows included: the parser skips them). */
    rows: number;
  } | null;
}

export interface Detection {
  /** All six tables, in the order of PRICING.md §1 (Settings, Tiers, Clients, Travel zones, Benefits, Time log). */
  tables: TableStatus[];
  /** Each sheet the add-in writes: not there yet, there and marked as ours, or there and the user's. */
  outputSheets: { name: string; state: SheetState }[];
  /** What the Time log covers, when it has rows whose dates read (absent: no Time log). */
  timeLog?: TimeLogSummary | null;
}

/** The steps of an analysis, in order, as the pane shows them. */
export const ANALYZE_STEPS = ["reading", "checking", "pricing", "writing"] as const;
export type AnalyzeStep = (typeof ANALYZE_STEPS)[number];

/** The workbook holds a sheet named like one of ours that we did not make: it was not touched. */
export interface Refusal {
  kind: "refused";
  reason: "foreignSheet";
  sheet: string;
}

/** The model has errors: nothing was written. Each error names its cell where it has one. */
export interface InputErrors {
  kind: "errors";
  errors: Problem[];
  warnings: Problem[];
}

export interface AnalyzeResults {
  kind: "results";
  kpis: Kpis;
  /** ISO 4217 code from the workbook's Settings: every amount is shown in it. */
  currency: string;
  warnings: Problem[];
  /** The sheet the results (and charts) were written to. */
  sheet: string;
  /** What the analysis ran on, kept so the What-if section can recompute without Excel. */
  model: Model;
  cells: ModelCells;
  analysis: Analysis;
}

export type AnalyzeOutcome = AnalyzeResults | InputErrors | Refusal;

export type SampleOutcome =
  | { kind: "created"; sheets: string[] }
  /** A sheet the sample would write to already exists; nothing was written. */
  | { kind: "refused"; reason: "sheetExists"; sheet: string };

/**
 * printSetUp is false where this Excel lacks the page-layout API, or (printUnconfirmed) where the
 * one-page setting did not read back as set: the sheet is written, fit-to-page is left to the user.
 */
export type RateCardOutcome = { kind: "done"; sheet: string; printSetUp: boolean; printUnconfirmed?: boolean } | InputErrors | Refusal;

/** Excel refused the request because the user is editing a cell; nothing was written. The message says what to do. */
export class ExcelBusyError extends Error {
  /** `title`: what stopped the action (the user editing a cell, a protected sheet); the message says what to do. */
  constructor(message: string, readonly title = "Excel is editing a cell") {
    super(message);
    this.name = "ExcelBusyError";
  }
}

/**
 * Make proposal (issue 13): the client's Proposal sheet written and shown. "gone": the client or
 * tier chosen is no longer in the workbook (it changed since the analysis): nothing was written.
 */
export type ProposalOutcome =
  /** `warning`: the tier is one the client would not be pitched (beaten by another, or not for its segment), made as asked (PRICING.md §5b). */
  | { kind: "done"; sheet: string; client: string; printSetUp: boolean; warning?: string }
  | { kind: "gone"; what: "client" | "tier"; name: string }
  | InputErrors
  | Refusal;

/**
 * Price-change letter (PRICING.md §5d): the client's Letter sheet written and shown. "noLetter":
 * the client is billed by the hour, or the Annual increase is 0 (the message says why); "done"
 * carries a warning for the consultant when the client's tier is not offered to it or another beats it.
 */
export type LetterOutcome =
  | { kind: "done"; sheet: string; client: string; printSetUp: boolean; warning: string | null }
  | { kind: "noLetter"; message: string }
  | { kind: "gone"; what: "client"; name: string }
  | InputErrors
  | Refusal;

/** The What-if section's saveScenario and applyLevers (issue 5) are optional: without them its Save and Apply are hidden. */
export interface PricingService extends Partial<WhatIfActions> {
  /** Which input tables exist (with row counts) and the state of our output sheets. Reads only. */
  detect(): Promise<Detection>;
  /** Writes the built-in sample model as formatted Excel tables on new sheets. */
  createSample(): Promise<SampleOutcome>;
  /** Reads, checks, prices and writes the results sheet, reporting each step as it starts. */
  analyze(onProgress: (step: AnalyzeStep) => void): Promise<AnalyzeOutcome>;
  /** Writes the Rate Card sheet and makes it the active sheet. */
  generateRateCard(): Promise<RateCardOutcome>;
  /** Writes one client's Proposal sheet (the recommended tier unless another is chosen) and shows it. Optional: without it the Proposal section is hidden. */
  makeProposal?(choice: ProposalChoice): Promise<ProposalOutcome>;
  /** Writes one client's price-change letter and shows it. Optional: without it the pane offers no letter. */
  makeLetter?(client: string): Promise<LetterOutcome>;
  /** Selects a cell such as `Clients!E7` (or `'Travel Zones'!A2`) in the workbook. */
  selectCell(address: string): Promise<void>;
}

/** Clients and Tiers are both there: enough to analyze (the others default). */
export function hasModel(detection: Detection): boolean {
  return detection.tables.every((t) => !t.required || t.found !== null);
}

/** Nothing of a model at all: the pane offers the sample. */
export function isEmptyOfModel(detection: Detection): boolean {
  return detection.tables.every((t) => !t.required || t.found === null);
}
