/**
 * Saved what-if scenarios (issue 5): a name, the levers that differ from the workbook, and the
 * headline figures. They persist in the workbook itself, on the Scenarios sheet: beside each
 * table row, a cell holds the scenario as compact JSON, so a shell reads them back with the
 * sheet's values (no hidden state, nothing outside the file; clearing a row's data cell deletes
 * that scenario at the next save).
 */
import type { CellValue } from "../workbook/grid";
import type { Kpis } from "../pricing/kpis";
import {
  SETTING_LEVERS,
  TIER_LEVERS,
  leverLabel,
  type LeverChange,
  type LeverRef,
  type SettingLever,
  type TierLever,
} from "./levers";
import { normalizeHeader } from "../workbook/normalize";

export interface SavedScenario {
  /** As the consultant typed it, trimmed. Names compare ignoring case and surrounding spaces. */
  name: string;
  changes: LeverChange[];
  kpis: Kpis;
}

/** Header of the column that holds each scenario as JSON (the shells read it back). */
export const SCENARIO_DATA_HEADER = "Saved data (used by the add-in)";

/** Longest name kept (Excel cells hold more, but a chart legend does not). */
export const MAX_SCENARIO_NAME = 60;

export function scenarioNameKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/** Saving a name that exists replaces that scenario in its place; a new name goes last. */
export function upsertScenario(list: readonly SavedScenario[], scenario: SavedScenario): SavedScenario[] {
  const key = scenarioNameKey(scenario.name);
  const saved = { ...scenario, name: scenario.name.trim() };
  const at = list.findIndex((s) => scenarioNameKey(s.name) === key);
  return at < 0 ? [...list, saved] : list.map((s, i) => (i === at ? saved : s));
}

/** Is there a scenario of this name already (so saving updates it)? */
export function hasScenario(list: readonly SavedScenario[], name: string): boolean {
  const key = scenarioNameKey(name);
  return list.some((s) => scenarioNameKey(s.name) === key);
}

/** Why a name cannot be used, or null when it can. */
export function scenarioNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "Enter a name for the scenario.";
  if (trimmed.length > MAX_SCENARIO_NAME) return `Use at most ${MAX_SCENARIO_NAME} characters.`;
  return null;
}

// ---- The JSON in the data column -------------------------------------------------------------

interface StoredScenario {
  v: 1;
  name: string;
  changes: { lever: LeverRef; from: number; to: number }[];
  kpis: Kpis;
}

export function encodeScenario(scenario: SavedScenario): string {
  const stored: StoredScenario = {
    v: 1,
    name: scenario.name,
    changes: scenario.changes.map(({ lever, from, to }) => ({ lever, from, to })),
    kpis: scenario.kpis,
  };
  return JSON.stringify(stored);
}

const KPI_KEYS: readonly (keyof Kpis)[] = [
  "clients", "annualHourlyRevenue", "annualCurrentRevenue", "annualRecommendedRevenue", "annualCost",
  "annualCurrentMargin", "currentMarginPct", "annualRecommendedMargin", "recommendedMarginPct",
  "effectiveRate", "homeClientsPerSmallBusiness",
  "usedHours", "availableHours", "utilisation", "contractValue",
];
const NULLABLE_KPIS = new Set<keyof Kpis>(["currentMarginPct", "recommendedMarginPct", "effectiveRate", "homeClientsPerSmallBusiness", "utilisation"]);
/** PRICING.md v2's figures: a scenario saved before them has none, and reads back as null. */
const ADDED_IN_V2 = new Set<keyof Kpis>(["usedHours", "availableHours", "utilisation", "contractValue"]);

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function decodeLever(x: unknown): LeverRef | null {
  if (!isRecord(x)) return null;
  if (x.kind === "setting" && (SETTING_LEVERS as readonly unknown[]).includes(x.key)) {
    return { kind: "setting", key: x.key as SettingLever };
  }
  if (x.kind === "tier" && typeof x.tier === "string" && (TIER_LEVERS as readonly unknown[]).includes(x.field)) {
    return { kind: "tier", tier: x.tier, field: x.field as TierLever };
  }
  if (x.kind === "zone" && isNumber(x.upTo)) return { kind: "zone", upTo: x.upTo };
  if (x.kind === "mix" && typeof x.segment === "string") return { kind: "mix", segment: x.segment };
  return null;
}

/** A scenario from its data cell; null when the cell holds anything else (edited, cleared, another version). */
export function decodeScenario(cell: CellValue): SavedScenario | null {
  if (typeof cell !== "string" || !cell.trimStart().startsWith("{")) return null;
  let data: unknown;
  try {
    data = JSON.parse(cell);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.v !== 1 || typeof data.name !== "string" || data.name.trim() === "") return null;
  if (!Array.isArray(data.changes) || !isRecord(data.kpis)) return null;
  const kpis = {} as Record<keyof Kpis, number | null>;
  for (const key of KPI_KEYS) {
    const value = data.kpis[key];
    if (isNumber(value) || (value === null && NULLABLE_KPIS.has(key))) kpis[key] = value;
    else if (value === undefined && ADDED_IN_V2.has(key)) kpis[key] = null;
    else return null;
  }
  const changes: LeverChange[] = [];
  for (const c of data.changes) {
    if (!isRecord(c) || !isNumber(c.from) || !isNumber(c.to)) return null;
    const lever = decodeLever(c.lever);
    if (lever === null) return null;
    changes.push({ lever, label: leverLabel(lever), from: c.from, to: c.to });
  }
  return { name: data.name.trim(), changes, kpis: kpis as unknown as Kpis };
}

/**
 * The scenarios saved on a Scenarios sheet, from its values as a shell read them (the table's
 * range or the sheet's whole used range): the column headed SCENARIO_DATA_HEADER, every row
 * below it whose cell decodes. Rows that do not (the workbook's own row, a user's note) are skipped;
 * a name seen twice keeps its first row.
 */
export function readScenarios(values: readonly (readonly CellValue[])[]): SavedScenario[] {
  const header = normalizeHeader(SCENARIO_DATA_HEADER);
  let headerRow = -1;
  let column = -1;
  for (let r = 0; r < values.length && headerRow < 0; r++) {
    const c = values[r].findIndex((v) => typeof v === "string" && normalizeHeader(v) === header);
    if (c >= 0) [headerRow, column] = [r, c];
  }
  if (headerRow < 0) return [];
  const scenarios: SavedScenario[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    const scenario = decodeScenario(values[r][column] ?? null);
    if (scenario !== null && !hasScenario(scenarios, scenario.name)) scenarios.push(scenario);
  }
  return scenarios;
}
