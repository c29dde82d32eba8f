/** The headline figures every front door shows (task pane cards, results sheet, CLI summary, scenarios). */
import type { Analysis } from "./results";

export interface Kpis {
  clients: number;
  /** 12 × totals.hourlyRevenue: the book if everyone paid by the hour. */
  annualHourlyRevenue: number;
  annualCurrentRevenue: number;
  annualRecommendedRevenue: number;
  annualCost: number;
  annualCurrentMargin: number;
  /** currentMargin / currentRevenue; null when there is no revenue. */
  currentMarginPct: number | null;
  /** 12 × (recommendedRevenue − cost). */
  annualRecommendedMargin: number;
  /** (recommendedRevenue − cost) / recommendedRevenue; null when there is no revenue. */
  recommendedMarginPct: number | null;
  /** totals.revenuePerHour: current revenue per hour of work and travel. */
  effectiveRate: number | null;
  homeClientsPerSmallBusiness: number | null;
}

export function kpis(analysis: Pick<Analysis, "totals" | "equivalence">): Kpis {
  const t = analysis.totals;
  const recommendedMargin = t.recommendedRevenue - t.cost;
  return {
    clients: t.clients,
    annualHourlyRevenue: 12 * t.hourlyRevenue,
    annualCurrentRevenue: 12 * t.currentRevenue,
    annualRecommendedRevenue: 12 * t.recommendedRevenue,
    annualCost: 12 * t.cost,
    annualCurrentMargin: 12 * t.currentMargin,
    currentMarginPct: t.currentRevenue === 0 ? null : t.currentMargin / t.currentRevenue,
    annualRecommendedMargin: 12 * recommendedMargin,
    recommendedMarginPct: t.recommendedRevenue === 0 ? null : recommendedMargin / t.recommendedRevenue,
    effectiveRate: t.revenuePerHour,
    homeClientsPerSmallBusiness: analysis.equivalence.homeClientsPerSmallBusiness,
  };
}
