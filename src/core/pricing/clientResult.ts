/** One row of the client table (PRICING.md §2, §6): every per-client figure. */
import type { Client, Settings, Tier } from "../workbook/model";
import type { ClientResult } from "./results";
import type { ClientBasis } from "./clientBasis";
import {
  agreementRevenue,
  clientSaving,
  serviceCost as serviceCostOf,
  effectiveRate,
  hourlyRevenue as hourlyRevenueOf,
  margin,
  targetPrice,
  travelCharges,
  travelHours as travelHoursOf,
  workHours as workHoursOf,
} from "./clientFigures";
import { HOURLY, recommendTier } from "./recommendTier";
import { tierOptions as tierOptionsOf } from "./tierOptions";
import { agreementCost as agreementCostOf, toolCost as toolCostOf } from "./toolCost";
import { contractValue } from "./contractValue";
import { clientRenewal } from "./renewal";

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
  const serviceCost = serviceCostOf(b, s);
  const toolCost = toolCostOf(b, s);
  const agreementCost = agreementCostOf(serviceCost, toolCost);
  // The cost rule: tools are carried only by a client on an agreement.
  const cost = tier === null ? serviceCost : agreementCost;
  const options = tierOptionsOf(tiers, b, agreementCost, hourlyRevenue, s, client.segment);
  const best = recommendTier(options);
  const recommendedRevenue = best === -1 ? hourlyRevenue : options[best].revenue;
  const recommendedCost = best === -1 ? serviceCost : agreementCost;
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
    hourlyMargin: margin(hourlyRevenue, serviceCost),
    currentMargin: margin(currentRevenue, cost),
    effectiveRate: effectiveRate(currentRevenue, workHours, travelHours),
    clientSaving: clientSaving(hourlyRevenue, agreement),
    targetPrice: targetPrice(agreementCost, s),
    recommendedTier: best === -1 ? HOURLY : tiers[best].name,
    recommendedRevenue,
    serviceCost,
    toolCost,
    agreementCost,
    recommendedCost,
    recommendedMargin: margin(recommendedRevenue, recommendedCost),
    contractValue: contractValue(best === -1 ? null : tiers[best], recommendedRevenue, s),
    tierOptions: options,
    timeLog: client.timeLog ?? null,
    renewal: agreement === null ? null : clientRenewal(agreement, agreementCost, s),
  };
}
