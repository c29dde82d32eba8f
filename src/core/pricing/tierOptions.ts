/**
 * PRICING.md v2 §2, tierOptions: every tier priced for one client, in table order, with whether
 * it earns the target margin after tools and stays under the premium cap.
 */
import type { Money, Settings, Tier } from "../workbook/model";
import type { ClientBasis } from "./clientBasis";
import type { TierOption } from "./results";
import { agreementRevenue, tierFee } from "./clientFigures";

/** (revenue − cost) / revenue ≥ target margin − 1e-9; revenue must be positive. */
export function meetsMarginBar(revenue: Money, cost: Money, s: Settings): boolean {
  return revenue > 0 && (revenue - cost) / revenue >= s.targetMargin - 1e-9;
}

/** revenue ≤ hourlyRevenue × (1 + max premium) + 1e-9: never pitch far above what they pay now. */
export function withinPremiumCap(revenue: Money, hourlyRevenue: Money, s: Settings): boolean {
  return revenue <= hourlyRevenue * (1 + s.maxPremiumOverHourly) + 1e-9;
}

export function tierOptions(
  tiers: readonly Tier[], b: ClientBasis, agreementCost: Money, hourlyRevenue: Money, s: Settings,
): TierOption[] {
  const options: TierOption[] = new Array(tiers.length);
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i];
    const revenue = agreementRevenue(tier, b, s);
    options[i] = {
      tier: tier.name,
      tierFee: tierFee(tier, b),
      revenue,
      margin: revenue - agreementCost,
      qualifies: meetsMarginBar(revenue, agreementCost, s) && withinPremiumCap(revenue, hourlyRevenue, s),
    };
  }
  return options;
}
