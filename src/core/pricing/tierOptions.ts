/**
 * PRICING.md v3 §2, tierOptions: every tier priced for one client, in table order: whether it is
 * offered to the client's segment, the first offered tier that gives the client at least as much
 * for no more money (dominatedBy), and whether it qualifies — offered, undominated, earning the
 * target margin after tools and within the premium cap.
 */
import type { Money, Settings, Tier } from "../workbook/model";
import type { ClientBasis } from "./clientBasis";
import type { TierOption } from "./results";
import { agreementRevenue, tierFee } from "./clientFigures";
import { contractMoney, contractMonths } from "./contractMoney";
import { dominates } from "./dominance";
import { clientSegmentKey, isOffered } from "./offered";

/** (revenue − cost) / revenue ≥ target margin − 1e-9; revenue must be positive. */
export function meetsMarginBar(revenue: Money, cost: Money, s: Settings): boolean {
  return revenue > 0 && (revenue - cost) / revenue >= s.targetMargin - 1e-9;
}

/** revenue ≤ hourlyRevenue × (1 + max premium) + 1e-9: never pitch far above what they pay now. */
export function withinPremiumCap(revenue: Money, hourlyRevenue: Money, s: Settings): boolean {
  return revenue <= hourlyRevenue * (1 + s.maxPremiumOverHourly) + 1e-9;
}

/** Each tier's money over the contract for the client being priced; grown as needed, never shrunk. */
let money = new Float64Array(8);

export function tierOptions(
  tiers: readonly Tier[], b: ClientBasis, agreementCost: Money, hourlyRevenue: Money, s: Settings, segment: string,
): TierOption[] {
  const options: TierOption[] = new Array(tiers.length);
  const key = clientSegmentKey(segment);
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i];
    const revenue = agreementRevenue(tier, b, s);
    options[i] = {
      tier: tier.name,
      tierFee: tierFee(tier, b),
      revenue,
      margin: revenue - agreementCost,
      offered: isOffered(tier, key),
      dominatedBy: null,
      qualifies: false,
    };
  }
  // Money over the contract (with the Annual increase and onboarding) decides dominance, §2: worked
  // out once per tier into a scratch array reused across clients (no per-client allocation).
  const months = contractMonths(s);
  if (money.length < tiers.length) money = new Float64Array(Math.max(tiers.length, 2 * money.length));
  for (let i = 0; i < tiers.length; i++) money[i] = contractMoney(tiers[i], options[i].revenue, months);
  for (let i = 0; i < tiers.length; i++) {
    const o = options[i];
    for (let j = 0; j < tiers.length; j++) {
      if (j === i || !options[j].offered) continue;
      if (dominates(tiers[j], money[j], tiers[i], money[i])) {
        o.dominatedBy = tiers[j].name;
        break;
      }
    }
    o.qualifies = o.offered && o.dominatedBy === null
      && meetsMarginBar(o.revenue, agreementCost, s) && withinPremiumCap(o.revenue, hourlyRevenue, s);
  }
  return options;
}
