/**
 * How the What-if section writes levers and KPI differences, over the pane's Formats: lever
 * values in their unit ("$140.00", "1.5 h", "25 miles", "100 clients"), and each KPI's change in
 * the unit a consultant reads it in ("+$4,200 / yr", "+1.2 pts", "+$3.10 / h", "+88").
 */
import type { Kpis } from "../../core/pricing/kpis";
import { leverUnit, type LeverRef } from "../../core/whatIf/levers";
import type { Settings } from "../../core/workbook/model";
import { signed, type Formats } from "./format";
import { keyFigure, type FigureKind } from "../../core/report/keyFigures";

/** Text after a lever's input: what its number measures. */
export function leverSuffix(lever: LeverRef, unit: Settings["distanceUnit"]): string {
  const perDistance = unit === "km" ? "/km" : "/mile";
  if (lever.kind === "mix") return "clients";
  if (lever.kind === "zone") return "/visit";
  if (lever.kind === "tier") {
    switch (lever.field) {
      case "includedHours":
        return "h/mo";
      case "perUser":
        return "/user";
      case "perDevice":
        return "/device";
      case "perServer":
        return "/server";
      case "onboardingFee":
        return "once";
      default:
        return "/mo";
    }
  }
  switch (lever.key) {
    case "toolCostPerUser":
      return "/user";
    case "toolCostPerDevice":
      return "/device";
    case "toolCostPerServer":
      return "/server";
    case "contractTerm":
      return "months";
    case "technicians":
      return "people";
    case "billableHoursPerTechnician":
      return "h/mo";
    case "annualIncrease":
    case "annualCostIncrease":
      return "%/yr";
    case "hourlyRate":
    case "agreementHourlyRate":
    case "travelTimeRate":
      return "/h";
    case "tripCharge":
      return "/visit";
    case "mileageRate":
      return perDistance;
    case "freeTravelRadius":
      return unit;
    default:
      return "h";
  }
}

/** A lever value as text, e.g. for the Apply confirmation: "$140.00", "1.5 h", "25 miles", "100 clients". */
export function formatLever(lever: LeverRef, value: number, formats: Formats, unit: Settings["distanceUnit"]): string {
  switch (leverUnit(lever)) {
    case "money":
      return formats.rate(value);
    case "hours":
      return formats.preciseHours(value);
    case "distance":
      return `${formats.number(value)} ${unit}`;
    case "clients":
      return `${formats.number(value)} ${value === 1 ? "client" : "clients"}`;
    case "months":
      return `${formats.number(value)} ${value === 1 ? "month" : "months"}`;
    case "people":
      return `${formats.number(value)} ${value === 1 ? "technician" : "technicians"}`;
    case "percent":
      return formats.percent(value);
  }
}

export type KpiKind = FigureKind;

export interface KpiRow {
  key: keyof Kpis;
  label: string;
  kind: KpiKind;
  /** Neither up nor down is good news (capacity used): the change is not coloured. */
  neutral?: boolean;
}

/** A figure as the catalogue labels it; a figure read with a unit says it ("… (home clients)"). */
function kpiRow(key: keyof Kpis, neutral = false): KpiRow {
  const figure = keyFigure(key);
  const label = figure.unit ? `${figure.label} (${figure.unit})` : figure.label;
  return { key, label, kind: figure.kind, ...(neutral ? { neutral } : {}) };
}

/** The figures the What-if section compares, in the order a consultant reads them (labels from the catalogue). */
export const WHAT_IF_KPIS: readonly KpiRow[] = [
  kpiRow("annualCurrentRevenue"),
  kpiRow("annualRecommendedRevenue"),
  kpiRow("annualHourlyRevenue"),
  kpiRow("annualCurrentMargin"),
  kpiRow("currentMarginPct"),
  kpiRow("annualRecommendedMargin"),
  kpiRow("effectiveRate"),
  kpiRow("clients"),
  kpiRow("homeClientsPerSmallBusiness"),
  // PRICING.md v2: what the contract term and the team's hours change.
  kpiRow("contractValue"),
  kpiRow("utilisation", true),
];

export function formatKpi(kind: KpiKind, value: number | null, formats: Formats): string {
  if (value === null) return "—";
  switch (kind) {
    case "annualMoney":
    case "money":
      return formats.money(value);
    case "percent":
      return formats.percent(value);
    case "rate":
      return formats.rate(value);
    case "hours":
      return formats.hours(value);
    case "minutes":
      return `${formats.number(value)} min`;
    default:
      return formats.number(value);
  }
}

/** The change from the workbook's value: "+$4,200 / yr", "−1.2 pts", "+$3.10 / h", "+88", "±$0 / yr". */
export function formatKpiChange(kind: KpiKind, difference: number | null, formats: Formats): string {
  if (difference === null) return "—";
  switch (kind) {
    case "annualMoney":
      return `${formats.moneyChange(difference)} / yr`;
    case "money":
      return formats.moneyChange(difference);
    case "percent":
      return `${signed(difference * 100, (x) => formats.number(x), (x) => Math.abs(x) < 0.05)} pts`;
    case "rate":
      return `${signed(difference, (x) => formats.rate(x), (x) => Math.abs(x) < 0.005)} / h`;
    default:
      return signed(difference, (x) => formats.number(x), (x) => Math.abs(x) < 0.05);
  }
}

/**
 * A figure rounded as the pane shows it: whole money, a percent to 0.1 point, a rate to the cent,
 * a count or ratio to one decimal. Rounded by Intl, as the text is, so that 3.85 (stored as
 * 3.8499…) rounds the same way here and on screen.
 */
const SHOWN = {
  percent: new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1, useGrouping: false }),
  rate: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2, useGrouping: false }),
  number: new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, useGrouping: false }),
};

function roundAsShown(kind: KpiKind, value: number): number {
  switch (kind) {
    case "annualMoney":
    case "money":
      return Math.round(value); // as Formats.money rounds
    case "percent":
      return Number.parseFloat(SHOWN.percent.format(value)) / 100;
    case "rate":
      return Number.parseFloat(SHOWN.rate.format(value));
    default:
      return Number.parseFloat(SHOWN.number.format(value));
  }
}

/**
 * The change between two figures as shown: the difference of the rounded values, so that
 * "3.9 → 3.9" reads "±0" and "3.8 → 4.0" reads "+0.2" (never a change the two figures contradict).
 */
export function shownDifference(kind: KpiKind, base: number | null, whatIf: number | null): number | null {
  if (base === null || whatIf === null) return null;
  return roundAsShown(kind, whatIf) - roundAsShown(kind, base);
}

/** Up, down or no change worth showing in colour (money under half a unit counts as none). */
export function changeDirection(kind: KpiKind, difference: number | null): "up" | "down" | "none" {
  if (difference === null) return "none";
  const threshold = kind === "percent" ? 0.0005 : kind === "rate" ? 0.005 : kind === "ratio" ? 0.05 : 0.5;
  return difference >= threshold ? "up" : difference <= -threshold ? "down" : "none";
}
