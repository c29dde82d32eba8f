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
