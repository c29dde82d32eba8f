/**
 * PRICING.md §4: one hourly visit of hRef hours, priced at growing one-way drive times, with the
 * travel policy and with no travel charge, and where each stops paying.
 */
import type { Hours, Minutes, Settings, TravelZone } from "../workbook/model";
import type { SensitivityRow, TravelResult } from "./results";
import { billedHourly } from "./billedHours";
import { roundTripHours, travelChargePerVisit } from "./travel";

/** m = 0, 5, …, 90 one-way minutes. */
export const SENSITIVITY_MINUTES: readonly Minutes[] = Array.from({ length: 19 }, (_, i) => i * 5);

/** Break-even is searched over whole minutes 0…240. */
export const BREAK_EVEN_MAX_MINUTES: Minutes = 240;

/** The reference visit at m one-way minutes, d = m / 60 × speed. */
export function sensitivityRow(m: Minutes, hRef: Hours, s: Settings, zones: readonly TravelZone[]): SensitivityRow {
  const d = (m / 60) * s.averageSpeed;
  const revenueNoCharge = billedHourly(hRef, s) * s.hourlyRate;
  const revenue = revenueNoCharge + travelChargePerVisit(d, m, s, zones);
  const cost = s.technicianCost * (hRef + roundTripHours(m)) + s.vehicleCost * (2 * d);
  return { minutes: m, revenue, revenueNoCharge, margin: revenue - cost, marginNoCharge: revenueNoCharge - cost };
}

export function sensitivity(hRef: Hours, s: Settings, zones: readonly TravelZone[]): SensitivityRow[] {
  return SENSITIVITY_MINUTES.map((m) => sensitivityRow(m, hRef, s, zones));
}

/** The smallest whole m in 0…240 at which the visit's margin is below 0, for each policy; null when none. */
export function breakEvenMinutes(hRef: Hours, s: Settings, zones: readonly TravelZone[]): TravelResult["breakEvenMinutes"] {
  let policy: Minutes | null = null;
  let noCharge: Minutes | null = null;
  for (let m = 0; m <= BREAK_EVEN_MAX_MINUTES && (policy === null || noCharge === null); m++) {
    const row = sensitivityRow(m, hRef, s, zones);
    if (policy === null && row.margin < 0) policy = m;
    if (noCharge === null && row.marginNoCharge < 0) noCharge = m;
  }
  return { policy, noCharge };
}
