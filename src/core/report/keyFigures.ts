/**
 * The key-figure catalogue (DESIGN.md "Catalogues are data"): each headline figure once, with its
 * label, how it is shown, its workbook name and where it comes from in the JSON report. The
 * Pricing Results key figures, the Scenarios sheet, the pane's cards and what-if table and the
 * CLI summary all read it, so they can never disagree.
 *
 * Append only: the Pricing Results sheet writes the figures with a workbook name in this order at
 * fixed cells (B5 down), and a user's formula (=Pricer_AnnualRevenue) must keep pointing at the
 * same figure after every re-run. Never insert, remove or reorder a named figure.
 */
import type { Analysis } from "../pricing/results";
import type { Model } from "../workbook/model";
import { hasToolCosts } from "../pricing/toolCost";
import { kpis, type Kpis } from "../pricing/kpis";
import { COUNT_FORMAT, PERCENT_FORMAT, formatMoney, formatNumber, moneyFormat, wholeMoneyFormat } from "./layout/formats";
import type { NumberFormat } from "./sheetPlan";

/** How a figure reads: the Excel format, the pane's text and the CLI's all follow from it. */
export type FigureKind =
  /** Money a year, whole units; a change reads "+$4,200 / yr". */
  | "annualMoney"
  /** Money, whole units. */
  | "money"
  /** Money per hour, to the cent. */
  | "rate"
  | "percent"
  | "count"
  /** A plain number, one decimal. */
  | "ratio"
  /** Hours a month, one decimal. */
  | "hours"
  /** Whole minutes. */
  | "minutes";

/** Every figure the catalogue names: the headline figures (Kpis) and the Pricing Results extras. */
export interface KeyFigures extends Kpis {
  homeClientsToMatchSmallBusinessBook: number | null;
  breakEvenMinutes: number | null;
  breakEvenMinutesNoCharge: number | null;
  /** availableHours − usedHours: negative when the book needs more than the team has. */
  hoursLeft: number;
}

/** What a label may say about the workbook (a qualifier in brackets). */
export interface LabelContext {
  /** The workbook costs tools: margins are after the tools of clients on agreements. */
  afterTools: boolean;
  technicians: number;
  billableHoursPerTechnician: number;
  contractTerm: number;
}

export interface KeyFigure {
  field: keyof KeyFigures;
  /** As the Pricing Results sheet, the Scenarios sheet, the pane and the CLI print it. */
  label: string;
  kind: FigureKind;
  /** Text after the number on the sheet ("home clients"), for a figure that needs its unit. */
  unit?: string;
  /** The workbook name of its cell on Pricing Results (absent: not a named key figure). */
  name?: string;
  /** The JSON report field it is (× 12 when perYear); absent: worked out from several. */
  json?: { path: string; perYear?: boolean };
  /** What the label adds in brackets, given the workbook. */
  qualifier?: (c: LabelContext) => string | null;
}

const afterTools = (c: LabelContext) => (c.afterTools ? "after tools" : null);
const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? "" : "s"}`;

export const KEY_FIGURES: readonly KeyFigure[] = [
  { field: "clients", label: "Clients", kind: "count", name: "Pricer_Clients", json: { path: "totals.clients" } },
  { field: "annualHourlyRevenue", label: "Annual revenue, all clients hourly", kind: "annualMoney", name: "Pricer_AnnualHourlyRevenue", json: { path: "totals.hourlyRevenue", perYear: true } },
  { field: "annualCurrentRevenue", label: "Annual revenue, current billing", kind: "annualMoney", name: "Pricer_AnnualRevenue", json: { path: "totals.currentRevenue", perYear: true } },
  { field: "annualRecommendedRevenue", label: "Annual revenue, recommended tiers", kind: "annualMoney", name: "Pricer_AnnualRecommendedRevenue", json: { path: "totals.recommendedRevenue", perYear: true } },
  { field: "annualCurrentMargin", label: "Annual margin, current billing", kind: "annualMoney", name: "Pricer_AnnualMargin", json: { path: "totals.currentMargin", perYear: true }, qualifier: afterTools },
  { field: "currentMarginPct", label: "Margin %, current billing", kind: "percent", name: "Pricer_MarginPct", qualifier: afterTools },
  { field: "annualRecommendedMargin", label: "Annual margin, recommended tiers", kind: "annualMoney", name: "Pricer_AnnualRecommendedMargin", json: { path: "totals.recommendedMargin", perYear: true }, qualifier: afterTools },
  { field: "recommendedMarginPct", label: "Margin %, recommended tiers", kind: "percent", name: "Pricer_RecommendedMarginPct", qualifier: afterTools },
  { field: "effectiveRate", label: "Effective rate per hour (work + travel)", kind: "rate", name: "Pricer_EffectiveRate", json: { path: "totals.revenuePerHour" } },
  { field: "homeClientsPerSmallBusiness", label: "One small-business client earns as much as", kind: "ratio", unit: "home clients", name: "Pricer_HomeClientsPerSmallBusiness", json: { path: "equivalence.homeClientsPerSmallBusiness" } },
  { field: "homeClientsToMatchSmallBusinessBook", label: "Home clients needed to match all small-business revenue", kind: "ratio", name: "Pricer_HomeClientsToMatchSmallBusiness", json: { path: "equivalence.homeClientsToMatchSmallBusinessBook" } },
  { field: "breakEvenMinutes", label: "Break-even drive, with travel charge", kind: "minutes", name: "Pricer_BreakEvenMinutes", json: { path: "travel.breakEvenMinutes.policy" } },
  { field: "breakEvenMinutesNoCharge", label: "Break-even drive, no travel charge", kind: "minutes", name: "Pricer_BreakEvenMinutesNoCharge", json: { path: "travel.breakEvenMinutes.noCharge" } },
  // PRICING.md v2, appended so the figures above keep their cells (and workbook names).
  {
    field: "availableHours", label: "Hours available a month", kind: "hours", name: "Pricer_AvailableHours", json: { path: "capacity.availableHours" },
    qualifier: (c) => `${plural(c.technicians, "technician")} × ${formatNumber(c.billableHoursPerTechnician)} h`,
  },
  { field: "usedHours", label: "Hours used a month (work + travel)", kind: "hours", name: "Pricer_UsedHours", json: { path: "capacity.usedHours" } },
  { field: "utilisation", label: "Capacity used", kind: "percent", name: "Pricer_Utilisation", json: { path: "capacity.utilisation" } },
  { field: "hoursLeft", label: "Hours left a month (negative: more than the team has)", kind: "hours", name: "Pricer_HoursLeft" },
  {
    field: "contractValue", label: "Contract value, recommended agreements", kind: "money", name: "Pricer_ContractValue", json: { path: "totals.contractValue" },
    qualifier: (c) => `${formatNumber(c.contractTerm)}-month term, onboarding included`,
  },
];

/** What the labels say about this workbook. */
export function labelContext(model: Model): LabelContext {
  const s = model.settings;
  return {
    afterTools: hasToolCosts(model),
    technicians: s.technicians,
    billableHoursPerTechnician: s.billableHoursPerTechnician,
    contractTerm: s.contractTerm,
  };
}

/** A figure of the catalogue by its field (every field is there once). */
export function keyFigure(field: keyof KeyFigures): KeyFigure {
  const figure = KEY_FIGURES.find((f) => f.field === field);
  /* c8 ignore next: a typo in a field name is a type error. */
  if (!figure) throw new Error(`No key figure ${field}`);
  return figure;
}

/** The label with what it says about this workbook: "Annual margin, current billing (after tools)". */
export function figureLabel(figure: KeyFigure, context?: LabelContext): string {
  const said = context && figure.qualifier ? figure.qualifier(context) : null;
  return said ? `${figure.label} (${said})` : figure.label;
}

/** Every figure of the catalogue, from the report. */
export function keyFigures(analysis: Pick<Analysis, "totals" | "equivalence" | "capacity" | "travel">): KeyFigures {
  const k = kpis(analysis);
  const { policy, noCharge } = analysis.travel.breakEvenMinutes;
  return {
    ...k,
    homeClientsToMatchSmallBusinessBook: analysis.equivalence.homeClientsToMatchSmallBusinessBook,
    breakEvenMinutes: policy,
    breakEvenMinutesNoCharge: noCharge,
    hoursLeft: k.availableHours - k.usedHours,
  };
}

/** The Excel number format of a figure's cell, money in `currency`. */
export function figureFormat(figure: KeyFigure, currency: string): NumberFormat {
  switch (figure.kind) {
    case "annualMoney":
    case "money":
      return wholeMoneyFormat(currency);
    case "rate":
      return moneyFormat(currency);
    case "percent":
      return PERCENT_FORMAT;
    case "count":
      return COUNT_FORMAT;
    case "ratio":
      // A count of home clients stays small: its unit is room better spent than a thousands separator.
      return figure.unit ? `0.0" ${figure.unit}"` : "#,##0.0";
    case "hours":
      return '#,##0.0" h"';
    case "minutes":
      return '0" min"';
  }
}

/** A figure as text the way its cell's format shows it ("$135,298", "53.1%", "7.2 home clients"); "n/a" for none. */
export function formatFigure(figure: KeyFigure, value: number | null, currency: string): string {
  if (value === null) return "n/a";
  switch (figure.kind) {
    case "annualMoney":
    case "money":
      return formatMoney(value, currency, true);
    case "rate":
      return formatMoney(value, currency);
    case "percent":
      return `${fixed(value * 100, 1)}%`;
    case "count":
      return fixed(value, 0);
    case "ratio":
      return `${fixed(value, 1)}${figure.unit ? ` ${figure.unit}` : ""}`;
    case "hours":
      return `${fixed(value, 1)} h`;
    case "minutes":
      return `${fixed(value, 0)} min`;
  }
}

/** A number with exactly `digits` decimals and thousands separators, as "#,##0.0" shows it. */
function fixed(value: number, digits: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
