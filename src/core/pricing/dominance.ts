/**
 * PRICING.md v3 §2, dominatedBy: tier U dominates tier T for a client when U costs it no more over
 * the contract, includes no fewer hours and, where T promises a response time, promises one no
 * slower — and is better in one of them. Nothing else is compared (travel, per-unit prices and
 * the extra hour rate are already in the money). A tier that costs the client more for less than
 * another on the rate card is never pitched: the client would see it.
 */
import type { Money, Tier } from "../workbook/model";

const EPS = 1e-9;

/** Does U (costing `moneyU` over the contract) dominate T (costing `moneyT`)? */
export function dominates(u: Tier, moneyU: Money, t: Tier, moneyT: Money): boolean {
  if (!(moneyU <= moneyT + EPS) || !(u.includedHours >= t.includedHours - EPS)) return false;
  if (t.responseTime !== null && (u.responseTime === null || !(u.responseTime <= t.responseTime + EPS))) return false;
  return moneyU < moneyT - EPS
    || u.includedHours > t.includedHours + EPS
    // A response time where T has none is not counted as better.
    || (t.responseTime !== null && u.responseTime !== null && u.responseTime < t.responseTime - EPS);
}
