/**
 * PRICING.md §2 `renewal` and §5c: a client on a tier, a year on, with its price risen by the
 * Annual increase and its cost by the Annual cost increase; and the book's totals.
 */
import type { Money, Settings } from "../workbook/model";
import type { ClientRenewal, ClientResult, RenewalTotals } from "./results";

/** A margin test's tolerance, as in qualifies (PRICING.md §2). */
const EPSILON = 1e-9;

/** `agreementRevenue` and `agreementCost` are the client's figures today, on its own tier. */
/** A price a year on: risen by the Annual increase at the anniversary (PRICING.md §2 renewal, §5c, §5d). */
export function afterAnnualIncrease(price: Money, s: Pick<Settings, "annualIncrease">): Money {
  return price * (1 + s.annualIncrease);
}

export function clientRenewal(agreementRevenue: Money, agreementCost: Money, s: Settings): ClientRenewal {
  const revenue = afterAnnualIncrease(agreementRevenue, s);
  const cost = agreementCost * (1 + s.annualCostIncrease);
  const margin = revenue - cost;
  return {
    revenue,
    cost,
    margin,
    belowTarget: revenue <= 0 || margin / revenue < s.targetMargin - EPSILON,
    // The least annual increase that earns the target margin on the risen cost.
    increaseForTarget: agreementRevenue === 0 ? null : Math.max(0, cost / (1 - s.targetMargin) / agreementRevenue - 1),
  };
}

/** The sums over the clients on a tier; null when no client is on one. */
export function renewalTotals(clients: readonly ClientResult[]): RenewalTotals | null {
  let count = 0;
  let revenue = 0;
  let margin = 0;
  let belowTarget = 0;
  for (const c of clients) {
    if (c.renewal === null) continue;
    count++;
    revenue += c.renewal.revenue;
    margin += c.renewal.margin;
    if (c.renewal.belowTarget) belowTarget++;
  }
  return count === 0 ? null : { clients: count, revenue, margin, belowTarget };
}
