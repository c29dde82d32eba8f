/** The headline figures every front door shows (task pane cards, results sheet, CLI summary, scenarios). */
import type { Analysis } from "./results";

export interface Kpis {
  clients: number;
  /** 12 × totals.hourlyRevenue: the book if everyone paid by the hour. */
  annualHourlyRevenue: number;
  annualCurrentRevenue: number;
  annualRecommendedRevenue: number;
  /** 12 × totals.cost: service cost, plus tool costs for clients on an agreement. */
  annualCost: number;
  /** After tools: clients on an agreement carry their tool costs. */
  annualCurrentMargin: number;
  /** currentMargin / currentRevenue; null when there is no revenue. */
  currentMarginPct: number | null;
  /** 12 × totals.recommendedMargin: after the tools of the recommended agreements. */
  annualRecommendedMargin: number;
  /** recommendedMargin / recommendedRevenue; null when there is no revenue. */
  recommendedMarginPct: number | null;
  /** totals.revenuePerHour: current revenue per hour of work and travel. */
  effectiveRate: number | null;
  homeClientsPerSmallBusiness: number | null;
  /** Capacity (PRICING.md v2 §3), per month: work and travel hours the book uses. */
  usedHours: number;
  /** technicians × billable hours per technician, per month. */
  availableHours: number;
  /** usedHours / availableHours; null when no hours are available (an analysis that failed). */
  utilisation: number | null;
  /** Σ contractValue: the recommended agreements over the contract term, onboarding included. */
  contractValue: number;
}

export function kpis(analysis: Pick<Analysis, "totals" | "equivalence" | "capacity">): Kpis {
  const t = analysis.totals;
  const c = analysis.capacity;
  return {
    clients: t.clients,
    annualHourlyRevenue: 12 * t.hourlyRevenue,
    annualCurrentRevenue: 12 * t.currentRevenue,
    annualRecommendedRevenue: 12 * t.recommendedRevenue,
    annualCost: 12 * t.cost,
    annualCurrentMargin: 12 * t.currentMargin,
    currentMarginPct: t.currentRevenue === 0 ? null : t.currentMargin / t.currentRevenue,
    annualRecommendedMargin: 12 * t.recommendedMargin,
    recommendedMarginPct: t.recommendedRevenue === 0 ? null : t.recommendedMargin / t.recommendedRevenue,
    effectiveRate: t.revenuePerHour,
    homeClientsPerSmallBusiness: analysis.equivalence.homeClientsPerSmallBusiness,
    usedHours: c.usedHours,
    availableHours: c.availableHours,
    utilisation: c.availableHours > 0 ? c.utilisation : null,
    contractValue: t.contractValue,
  };
}
