/** PRICING.md §2, recommendedTier: the agreement to pitch, or "Hourly". */
import type { Money, Settings, Tier } from "../workbook/model";
import type { ClientBasis } from "./clientBasis";
import { HOURLY } from "../workbook/parseTiers";
import { agreementRevenue } from "./clientFigures";

/** The recommendation when no tier qualifies: billed by the hour, as the Clients table says it. */
export { HOURLY };

/** (revenue − cost) / revenue ≥ target margin − 1e-9; revenue must be positive. */
export function meetsMarginBar(revenue: Money, cost: Money, s: Settings): boolean {
  return revenue > 0 && (revenue - cost) / revenue >= s.targetMargin - 1e-9;
}

/** revenue ≤ hourlyRevenue × (1 + max premium) + 1e-9: never pitch far above what they pay now. */
export function withinPremiumCap(revenue: Money, hourlyRevenue: Money, s: Settings): boolean {
  return revenue <= hourlyRevenue * (1 + s.maxPremiumOverHourly) + 1e-9;
}

/**
 * Index in `tiers` of the recommended tier, or −1 for Hourly: among tiers whose agreementRevenue
 * is positive, meets the margin bar and stays within the premium cap, the largest
 * agreementRevenue − cost; ties go to the lower fee, then the earlier row.
 * One pass, no allocation: O(tiers) per client.
 */
export function recommendTier(
  tiers: readonly Tier[],
  b: ClientBasis,
  cost: Money,
  hourlyRevenue: Money,
  s: Settings,
): number {
  let best = -1;
  let bestMargin = 0;
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i];
    const revenue = agreementRevenue(tier, b, s);
    if (!meetsMarginBar(revenue, cost, s) || !withinPremiumCap(revenue, hourlyRevenue, s)) continue;
    const margin = revenue - cost;
    if (best === -1 || margin > bestMargin || (margin === bestMargin && tier.monthlyFee < tiers[best].monthlyFee)) {
      best = i;
      bestMargin = margin;
    }
  }
  return best;
}
