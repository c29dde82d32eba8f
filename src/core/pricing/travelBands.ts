/** PRICING.md §4: clients banded by one-way drive minutes, all five bands always present. */
import type { Client, Distance, Hours, Minutes, Money, Settings } from "../workbook/model";
import type { ClientResult, TravelBand } from "./results";
import { type ResolvedMix, weightOf } from "./mix";
import { driveMinutes } from "./travel";

/** [from, to) in one-way minutes; the last band is open-ended. */
export const TRAVEL_BANDS: readonly { band: string; from: Minutes; to: Minutes }[] = [
  { band: "0–15 min", from: 0, to: 15 },
  { band: "15–30 min", from: 15, to: 30 },
  { band: "30–45 min", from: 30, to: 45 },
  { band: "45–60 min", from: 45, to: 60 },
  { band: "60+ min", from: 60, to: Infinity },
];

/** Index into TRAVEL_BANDS of a one-way drive time. */
export function bandIndex(m: Minutes): number {
  for (let i = 0; i < TRAVEL_BANDS.length - 1; i++) if (m < TRAVEL_BANDS[i].to) return i;
  return TRAVEL_BANDS.length - 1;
}

/** technician cost × travelHours + vehicle cost × v × 2d: what travel costs for one client a month. */
export function travelCost(travelHours: Hours, visits: number, distance: Distance, s: Settings): Money {
  return s.technicianCost * travelHours + s.vehicleCost * visits * (2 * distance);
}

/**
 * `results[i]` is the row of `clients[i]`. A client's band uses its drive minutes as given, else
 * derived from distance (the same m its travel hours use). With a mix, each client counts with its
 * weight (so a band's client count may be fractional).
 */
export function travelBands(
  clients: readonly Client[],
  results: readonly ClientResult[],
  s: Settings,
  mix: ResolvedMix | null = null,
): TravelBand[] {
  const bands: TravelBand[] = TRAVEL_BANDS.map(({ band }) => ({
    band,
    clients: 0,
    visits: 0,
    travelCharges: 0,
    travelCost: 0,
    currentMargin: 0,
  }));
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i];
    const r = results[i];
    const w = weightOf(mix, i);
    const band = bands[bandIndex(driveMinutes(client, s))];
    band.clients += w;
    band.visits += w * client.visitsPerMonth;
    band.travelCharges += w * r.travelCharges;
    band.travelCost += w * travelCost(r.travelHours, client.visitsPerMonth, client.distance, s);
    band.currentMargin += w * r.currentMargin;
  }
  return bands;
}
