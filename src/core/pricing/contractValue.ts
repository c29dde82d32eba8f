/** PRICING.md v2 §2, contractValue: what a recommended agreement is worth over its term. */
import type { Money, Settings, Tier } from "../workbook/model";

/** contract term × recommendedRevenue + the tier's onboarding fee; null when the recommendation is Hourly. */
export function contractValue(recommended: Tier | null, recommendedRevenue: Money, s: Settings): Money | null {
  return recommended === null ? null : s.contractTerm * recommendedRevenue + recommended.onboardingFee;
}
