/**
 * Travel (PRICING.md §2, §4): drive time, the trip charge by zone, and what one visit pays for
 * travel under the firm's policy.
 */
import type { Client, Distance, Hours, Minutes, Money, Settings, TravelZone } from "../workbook/model";

/** One-way drive minutes: as given, or distance / average speed × 60. */
export function driveMinutes(client: Pick<Client, "distance" | "driveMinutes">, settings: Settings): Minutes {
  return client.driveMinutes ?? (client.distance / settings.averageSpeed) * 60;
}

/** Round-trip drive hours per visit: t = 2m / 60. */
export function roundTripHours(m: Minutes): Hours {
  return (2 * m) / 60;
}

/**
 * trip(d): the Trip charge setting when there are no zones; else the charge of the first zone by
 * ascending `Up to` whose `Up to` ≥ d, or the last zone's when d is beyond every zone. Zones are
 * scanned, not assumed sorted, so any order gives the same answer.
 */
export function tripCharge(d: Distance, settings: Settings, zones: readonly TravelZone[]): Money {
  if (zones.length === 0) return settings.tripCharge;
  let chosen: TravelZone | undefined;
  let last = zones[0];
  for (const zone of zones) {
    if (zone.upTo >= d && (chosen === undefined || zone.upTo < chosen.upTo)) chosen = zone;
    if (zone.upTo > last.upTo) last = zone;
  }
  return (chosen ?? last).tripCharge;
}

/** The zone with the largest `Up to`, or undefined when there are no zones. */
export function lastZone(zones: readonly TravelZone[]): TravelZone | undefined {
  let last: TravelZone | undefined;
  for (const zone of zones) if (last === undefined || zone.upTo > last.upTo) last = zone;
  return last;
}

/** True when zones exist and d is beyond all of them (the last zone's charge applies, with a warning). */
export function isBeyondLastZone(d: Distance, zones: readonly TravelZone[]): boolean {
  const last = lastZone(zones);
  return last !== undefined && d > last.upTo;
}

/**
 * Travel charge per visit: beyond the free radius, trip(d) + mileage rate × 2d + travel time
 * rate × t; within it (d equal to the radius included), nothing.
 */
export function travelChargePerVisit(
  d: Distance,
  m: Minutes,
  settings: Settings,
  zones: readonly TravelZone[],
): Money {
  if (!(d > settings.freeTravelRadius)) return 0;
  return tripCharge(d, settings, zones) + settings.mileageRate * (2 * d) + settings.travelTimeRate * roundTripHours(m);
}
