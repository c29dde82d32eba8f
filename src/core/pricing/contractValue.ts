/** PRICING.md §2, contractValue: what a recommended agreement is worth over its term. */
import type { Money, Settings, Tier } from "../workbook/model";
import { contractMoney, contractMonths } from "./contractMoney";

/**
 * recommendedRevenue over the contract's months, risen by the Annual increase at each anniversary,
 * + the tier's onboarding fee; null when the recommendation is Hourly.
 */
export function contractValue(recommended: Tier | null, recommendedRevenue: Money, s: Settings): Money | null {
  return recommended === null ? null : contractMoney(recommended, recommendedRevenue, contractMonths(s));
}
