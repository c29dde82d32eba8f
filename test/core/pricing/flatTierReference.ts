/**
 * The first version's per-client formulas, exactly as src/core/pricing wrote them before PRICING.md v2
 * (commit 5c07e58: clientFigures.ts, recommendTier.ts, clientResult.ts), operation for operation,
 * so a property can check that a v1 workbook still gives the v1 figures bit for bit. Only the
 * formulas v2 changed are copied; the per-client basis (billed hours, travel) did not change.
 *
 * One amendment, marked below, is PRICING.md v3's on purpose: a tier is recommended only to the
 * segments it is offered to, and never when another offered tier gives the client at least as
 * much for no more money over the contract (§2, offered and dominatedBy). A client shown the rate
 * card would see the better tier; v1 pitched the dearer one (issue 17). In a first-version
 * workbook (no onboarding fee, no annual increase) the money over the contract is term × revenue.
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

/** v3's amendment: offered to the client's segment (a blank Segment offers it to everyone). */
function v3Offered(tier: Tier, segment: string): boolean {
  const key = (x: string) => x.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const names = tier.segment === null ? [] : tier.segment.split(/[,;]/).map(key).filter((n) => n !== "");
  return names.length === 0 || names.some((n) => n === "all" || n === "everyone" || n === "any") || names.includes(key(segment));
}

/** v3's amendment: some other offered tier gives the client at least as much for no more money. */
function v3Dominated(i: number, tiers: readonly Tier[], b: ClientBasis, s: Settings, segment: string): boolean {
  const t = tiers[i];
  const moneyT = s.contractTerm * v1AgreementRevenue(t, b, s);
  return tiers.some((u, j) => {
    if (j === i || !v3Offered(u, segment)) return false;
    const moneyU = s.contractTerm * v1AgreementRevenue(u, b, s);
    if (moneyU > moneyT + 1e-9 || u.includedHours < t.includedHours - 1e-9) return false;
    if (t.responseTime !== null && (u.responseTime === null || u.responseTime > t.responseTime + 1e-9)) return false;
    return moneyU < moneyT - 1e-9 || u.includedHours > t.includedHours + 1e-9
      || (t.responseTime !== null && u.responseTime !== null && u.responseTime < t.responseTime - 1e-9);
  });
}

export function v1ClientFigures(tier: Tier | null, b: ClientBasis, tiers: readonly Tier[], s: Settings, segment: string): V1ClientFigures {
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
    if (!v3Offered(tiers[i], segment) || v3Dominated(i, tiers, b, s, segment)) continue; // v3's amendment
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
