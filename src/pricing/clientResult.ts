/** One row of the client table (PRICING.md §2, §6): every per-client figure. */
import type { Client, Settings, Tier } from "../workbook/model";
import type { ClientResult } from "./results";
import type { ClientBasis } from "./clientBasis";
import {
  agreementRevenue,
  clientSaving,
  cost as costOf,
  effectiveRate,
  hourlyRevenue as hourlyRevenueOf,
  margin,
  targetPrice,
  travelCharges,
  travelHours as travelHoursOf,
  workHours as workHoursOf,
} from "./clientFigures";
import { HOURLY, recommendTier } from "./recommendTier";

/** `tier` is the client's resolved tier, null when billed by the hour. */
export function clientResult(
  client: Client,
  tier: Tier | null,
  b: ClientBasis,
  tiers: readonly Tier[],
  s: Settings,
): ClientResult {
  const workHours = workHoursOf(b);
  const travelHours = travelHoursOf(b);
  const hourlyRevenue = hourlyRevenueOf(b, s);
  const agreement = tier === null ? null : agreementRevenue(tier, b, s);
  const currentRevenue = agreement ?? hourlyRevenue;
  const cost = costOf(b, s);
  const recommended = recommendTier(tiers, b, cost, hourlyRevenue, s);
  return {
    client: client.name,
    segment: client.segment,
    tier: tier === null ? null : tier.name,
    workHours,
    travelHours,
    travelCharges: travelCharges(b),
    hourlyRevenue,
    agreementRevenue: agreement,
    currentRevenue,
    cost,
    hourlyMargin: margin(hourlyRevenue, cost),
    currentMargin: margin(currentRevenue, cost),
    effectiveRate: effectiveRate(currentRevenue, workHours, travelHours),
    clientSaving: clientSaving(hourlyRevenue, agreement),
    targetPrice: targetPrice(cost, s),
    recommendedTier: recommended === -1 ? HOURLY : tiers[recommended].name,
    recommendedRevenue: recommended === -1 ? hourlyRevenue : agreementRevenue(tiers[recommended], b, s),
  };
}
