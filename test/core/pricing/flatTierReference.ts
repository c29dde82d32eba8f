/**
 * The first version's per-client formulas, exactly as src/core/pricing wrote them before PRICING.md v2
 * (commit 5c07e58: clientFigures.ts, recommendTier.ts, clientResult.ts), operation for operation,
 * so a property can check that a v1 workbook still gives the v1 figures bit for bit. Only the
 * formulas v2 changed are copied; the per-client basis (billed hours, travel) did not change.
 */
import type { ClientBasis } from "../../../src/core/pricing/clientBasis";
import type { Settings, Tier } from "../../../src/core/workbook/model";

function v1AgreementRevenue(tier: Tier, b: ClientBasis, s: Settings): number {
  const overage = Math.max(0, b.visits * b.billedAgreement + b.remoteHours - tier.includedHours);
  return tier.monthlyFee + overage * (tier.extraHourRate ?? s.agreementHourlyRate) + (tier.travelIncluded ? 0 : b.visits * b.travelChargePerVisit);
}

export interface V1ClientFigures {
  workHours: number;
  travelHours: number;
  travelCharges: number;
  hourlyRevenue: number;
  agreementRevenue: number | null;
  currentRevenue: number;
  cost: number;
  hourlyMargin: number;
  currentMargin: number;
  effectiveRate: number | null;
  clientSaving: number;
  targetPrice: number;
  recommendedTier: string;
  recommendedRevenue: number;
}

export function v1ClientFigures(tier: Tier | null, b: ClientBasis, tiers: readonly Tier[], s: Settings): V1ClientFigures {
  const workHours = b.visits * b.hoursPerVisit + b.remoteHours;
  const travelHours = b.visits * b.roundTripHours;
  const hourlyRevenue = b.visits * b.billedHourly * s.hourlyRate + b.remoteHours * s.hourlyRate + b.visits * b.travelChargePerVisit;
  const agreement = tier === null ? null : v1AgreementRevenue(tier, b, s);
  const currentRevenue = agreement ?? hourlyRevenue;
  const cost = s.technicianCost * (workHours + travelHours) + s.vehicleCost * b.visits * (2 * b.distance);
  let best = -1;
  let bestMargin = 0;
  for (let i = 0; i < tiers.length; i++) {
    const revenue = v1AgreementRevenue(tiers[i], b, s);
    const meets = revenue > 0 && (revenue - cost) / revenue >= s.targetMargin - 1e-9;
    const capped = revenue <= hourlyRevenue * (1 + s.maxPremiumOverHourly) + 1e-9;
    if (!meets || !capped) continue;
    const margin = revenue - cost;
    if (best === -1 || margin > bestMargin || (margin === bestMargin && tiers[i].monthlyFee < tiers[best].monthlyFee)) {
      best = i;
      bestMargin = margin;
    }
  }
  const hours = workHours + travelHours;
  return {
    workHours,
    travelHours,
    travelCharges: b.visits * b.travelChargePerVisit,
    hourlyRevenue,
    agreementRevenue: agreement,
    currentRevenue,
    cost,
    hourlyMargin: hourlyRevenue - cost,
    currentMargin: currentRevenue - cost,
    effectiveRate: hours === 0 ? null : currentRevenue / hours,
    clientSaving: agreement === null ? 0 : hourlyRevenue - agreement,
    targetPrice: cost / (1 - s.targetMargin),
    recommendedTier: best === -1 ? "Hourly" : tiers[best].name,
    recommendedRevenue: best === -1 ? hourlyRevenue : v1AgreementRevenue(tiers[best], b, s),
  };
}
