/** The sentences the pricing adds to the analysis' warnings (the parser reports input problems). */
import type { Client, Problem, Settings, TravelZone } from "../workbook/model";

/** Up to two decimals, no trailing zeros: 62.5, 40. Plain (not Intl): a big book may warn 10k times. */
function amount(x: number): string {
  return String(Math.round(x * 100) / 100);
}

export function beyondLastZoneWarning(client: Client, last: TravelZone, s: Settings): Problem {
  return {
    message:
      `${client.name} is ${amount(client.distance)} ${s.distanceUnit} away, beyond the last travel zone ` +
      `(up to ${amount(last.upTo)} ${s.distanceUnit}); that zone's trip charge of ${amount(last.tripCharge)} ` +
      `${s.currency} is used. Add a farther zone to price this trip.`,
  };
}

export function unknownTierWarning(client: Client): Problem {
  return {
    message: `${client.name}'s tier "${client.tier ?? ""}" is not in the Tiers table; the client is priced by the hour.`,
  };
}

/**
 * The home-vs-business comparison (§3) names segments the workbook does not have: said once, so an
 * "n/a" on the results is never a mystery. `missing` holds the settings' values that match no segment.
 */
export function comparedSegmentsWarning(missing: readonly string[], segments: readonly string[]): Problem {
  const named = missing.map((m) => `"${m}"`).join(" and ");
  return {
    message:
      `No client is in the segment${missing.length > 1 ? "s" : ""} ${named} that the Home segment and Business segment settings name ` +
      `(the segments are ${segments.join(", ")}), so the home-vs-business comparison is not worked out — ` +
      `set Home segment and Business segment to the two segments to compare.`,
  };
}
