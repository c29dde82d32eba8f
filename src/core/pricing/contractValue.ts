/** PRICING.md §2, contractValue: what a recommended agreement is worth over its term. */
import type { Fraction, Money, Settings, Tier } from "../workbook/model";

/**
 * Σ over the contract's months k = 0 … term − 1 of recommendedRevenue × (1 + annual increase)^⌊k / 12⌋,
 * plus the tier's onboarding fee; null when the recommendation is Hourly. With no annual increase:
 * term × recommendedRevenue + onboarding fee.
 */
export function contractValue(recommended: Tier | null, recommendedRevenue: Money, s: Settings): Money | null {
  return recommended === null ? null : escalatedTotal(recommendedRevenue, s.contractTerm, s.annualIncrease) + recommended.onboardingFee;
}

/** A monthly price paid for `months` months, rising by `annualIncrease` at each anniversary. */
export function escalatedTotal(monthly: Money, months: number, annualIncrease: Fraction): Money {
  let total = 0;
  let price = monthly;
  // Whole years first, then the months of the last, part year (the term is whole months, ≤ 60).
  for (let left = months; left > 0; left -= 12) {
    total += Math.min(12, left) * price;
    price *= 1 + annualIncrease;
  }
  return total;
}
