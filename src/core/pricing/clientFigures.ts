/** PRICING.md §2, one formula each, in the spec's names. All money is per month. */
import type { Hours, Money, Settings, Tier } from "../workbook/model";
import type { ClientBasis } from "./clientBasis";

/** v × billedHourly × hourly rate + r × hourly rate + v × travel charge per visit. */
export function hourlyRevenue(b: ClientBasis, s: Settings): Money {
  return b.visits * b.billedHourly * s.hourlyRate + b.remoteHours * s.hourlyRate + b.visits * b.travelChargePerVisit;
}

/** v × travel charge per visit: the hourly model's travel revenue. */
export function travelCharges(b: ClientBasis): Money {
  return b.visits * b.travelChargePerVisit;
}

/** The tier's extra hour rate, or the Agreement hourly rate when the tier sets none. */
export function extraHourRate(tier: Tier, s: Settings): Money {
  return tier.extraHourRate ?? s.agreementHourlyRate;
}

/** Hours beyond the tier's included hours: max(0, v × billedAgreement + r − included). */
export function overage(tier: Tier, b: ClientBasis): Hours {
  return Math.max(0, b.visits * b.billedAgreement + b.remoteHours - tier.includedHours);
}

/**
 * max(minimum fee, fee + per user × users + per device × devices + per server × servers): the
 * tier's own price for this client, before overage and travel (the minimum covers only this).
 * With no per-unit prices and no minimum it is the monthly fee, exactly.
 */
export function tierFee(tier: Tier, b: ClientBasis): Money {
  return Math.max(
    tier.minimumFee,
    tier.monthlyFee + tier.perUser * b.users + tier.perDevice * b.devices + tier.perServer * b.servers,
  );
}

/** tierFee + overage × extra hour rate + (travel included ? 0 : v × travel charge per visit). */
export function agreementRevenue(tier: Tier, b: ClientBasis, s: Settings): Money {
  return (
    tierFee(tier, b) + overage(tier, b) * extraHourRate(tier, s) + (tier.travelIncluded ? 0 : b.visits * b.travelChargePerVisit)
  );
}

/** v × h + r */
export function workHours(b: ClientBasis): Hours {
  return b.visits * b.hoursPerVisit + b.remoteHours;
}

/** v × t */
export function travelHours(b: ClientBasis): Hours {
  return b.visits * b.roundTripHours;
}

/** technician cost × (workHours + travelHours) + vehicle cost × v × 2d: the cost of the work itself. */
export function serviceCost(b: ClientBasis, s: Settings): Money {
  return s.technicianCost * (workHours(b) + travelHours(b)) + s.vehicleCost * b.visits * (2 * b.distance);
}

/** hourlyMargin and currentMargin: revenue − cost. */
export function margin(revenue: Money, cost: Money): Money {
  return revenue - cost;
}

/** Revenue earned per hour of work and travel; null when there are no hours. */
export function effectiveRate(currentRevenue: Money, workHours: Hours, travelHours: Hours): Money | null {
  const hours = workHours + travelHours;
  return hours === 0 ? null : currentRevenue / hours;
}

/** What the client saves on their agreement against paying by the hour; 0 when billed hourly. */
export function clientSaving(hourlyRevenue: Money, agreementRevenue: Money | null): Money {
  return agreementRevenue === null ? 0 : hourlyRevenue - agreementRevenue;
}

/** agreementCost / (1 − target margin): the monthly agreement price that earns exactly the target margin. */
export function targetPrice(agreementCost: Money, s: Settings): Money {
  return agreementCost / (1 - s.targetMargin);
}
