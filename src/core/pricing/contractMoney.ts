/**
 * What a client pays over the contract (PRICING.md §2, dominatedBy and contractValue): each month
 * k = 0 … term − 1 at the monthly price risen by the Annual increase at each anniversary,
 * (1 + annual increase)^⌊k / 12⌋, plus the tier's onboarding fee.
 */
import type { Money, Settings, Tier } from "../workbook/model";

/**
 * Σ over the contract's months of (1 + annual increase)^⌊k / 12⌋: the contract's months, each
 * weighted by the price rise it has had. Equals the term when there is no annual increase.
 */
export function contractMonths(s: Settings): number {
  // Called once per client: the settings object is the same for a whole analysis.
  if (s === lastSettings && s.contractTerm === lastTerm && s.annualIncrease === lastIncrease) return lastMonths;
  let months = 0;
  for (let year = 0; 12 * year < s.contractTerm; year++) {
    months += Math.min(12, s.contractTerm - 12 * year) * (1 + s.annualIncrease) ** year;
  }
  [lastSettings, lastTerm, lastIncrease, lastMonths] = [s, s.contractTerm, s.annualIncrease, months];
  return months;
}

let lastSettings: Settings | null = null;
let lastTerm = 0;
let lastIncrease = 0;
let lastMonths = 0;

/** money(X) = agreementRevenue(X) over the contract, with its rises, + X's onboarding fee. */
export function contractMoney(tier: Tier, agreementRevenue: Money, months: number): Money {
  return agreementRevenue * months + tier.onboardingFee;
}
